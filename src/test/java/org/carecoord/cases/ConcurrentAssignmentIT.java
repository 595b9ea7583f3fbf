package org.carecoord.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.security.Groups;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Assign coordinator" runs on any job executor thread of any node; several at the same moment must still give
 * each case to the least-loaded coordinator as if they had run one after another (ReliabilityIT found three of four
 * simultaneous cases going to one coordinator while another got none).
 */
class ConcurrentAssignmentIT extends PostgresIntegrationTest {

    private static final int AT_ONCE = 4;
    private static final int ROUNDS = 2;

    @Autowired
    CareCaseService cases;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void simultaneousAssignmentsFillTheLeastLoadedCoordinatorsAsOneAfterAnotherWould() throws Exception {
        Api api = new Api(port);
        List<Long> planned = new ArrayList<>();
        for (int i = 0; i < AT_ONCE * ROUNDS; i++) {
            var intake = api.post(
                    "/api/intakes",
                    "coordinator",
                    IntakeApiITFixtures.referral("Iris", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine"));
            assertThat(intake.status()).isEqualTo(201);
            planned.add(intake.json().get("caseId").asLong());
        }
        List<String> coordinators = identity.createUserQuery().memberOfGroup(Groups.COORDINATORS).list().stream()
                .map(user -> user.getId())
                .toList();
        Map<String, Integer> before = openLoads(coordinators);

        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(AT_ONCE);
                List<Future<String>> assigned = new ArrayList<>();
                for (long caseId : planned.subList(round * AT_ONCE, (round + 1) * AT_ONCE)) {
                    assigned.add(threads.submit(() -> transaction.execute(status -> {
                        await(together);
                        return cases.assignCoordinator(caseId);
                    })));
                }
                for (Future<String> f : assigned) {
                    assertThat(f.get()).isIn(coordinators);
                }
            }
        } finally {
            threads.shutdown();
        }

        assertThat(sorted(openLoads(coordinators)))
                .as("open cases per coordinator after %d simultaneous assignments, from %s", planned.size(), before)
                .isEqualTo(sorted(waterFilled(before, planned.size())));

        // the cases leave the coordinators' loads as they were, for the other ITs
        transaction.executeWithoutResult(
                status -> planned.forEach(caseId -> cases.cancel(caseId, "other", "closed after the test")));
    }

    private Map<String, Integer> openLoads(List<String> coordinators) {
        Map<String, Integer> loads = new HashMap<>();
        coordinators.forEach(c -> loads.put(c, 0));
        jdbc.query(
                "select coordinator_id, count(*) from care_case where status in ('planned', 'active') "
                        + "and coordinator_id is not null group by coordinator_id",
                rs -> {
                    if (loads.containsKey(rs.getString(1))) {
                        loads.put(rs.getString(1), rs.getInt(2));
                    }
                });
        return loads;
    }

    /** Least-loaded, one at a time: each case goes to a coordinator holding the fewest open cases. */
    private static Map<String, Integer> waterFilled(Map<String, Integer> loads, int cases) {
        Map<String, Integer> filled = new HashMap<>(loads);
        for (int i = 0; i < cases; i++) {
            String least = filled.entrySet().stream()
                    .min(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            filled.merge(least, 1, Integer::sum);
        }
        return filled;
    }

    private static List<Integer> sorted(Map<String, Integer> loads) {
        return loads.values().stream().sorted().toList();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
