package org.carecoord.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.carecoord.bench.EpisodePath;

/** A scenario's episodes, driven by a fixed number of user threads, each episode start to end as its users work it. */
final class Load {

    enum Outcome {
        /** the users did every step of the path */
        WORKED_THROUGH,
        /** the intake's answer was lost with a node: not counted as started */
        INTAKE_UNANSWERED,
        /** a step failed or never became possible: the episode is lost unless the database says otherwise */
        STUCK
    }

    record Episode(long caseId, String caseNumber, Outcome outcome, String step, String error) {
        boolean answered201() {
            return outcome != Outcome.INTAKE_UNANSWERED;
        }
    }

    private final int episodes;
    private final int threads;
    private final IntFunction<RemoteEpisode> episodeOfThread;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger intakesAnswered = new AtomicInteger();
    private final List<Episode> done = new CopyOnWriteArrayList<>();
    private ExecutorService pool;

    Load(int episodes, int threads, IntFunction<RemoteEpisode> episodeOfThread) {
        this.episodes = episodes;
        this.threads = threads;
        this.episodeOfThread = episodeOfThread;
    }

    void start() {
        pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                while (next.getAndIncrement() < episodes) {
                    done.add(runOne(episodeOfThread.apply(thread)));
                }
            });
        }
        pool.shutdown();
    }

    private Episode runOne(RemoteEpisode episode) {
        try {
            EpisodePath.run(new CountingIntake(episode));
            return new Episode(episode.caseId(), episode.caseNumber(), Outcome.WORKED_THROUGH, null, null);
        } catch (RemoteEpisode.IntakeUnanswered e) {
            return new Episode(0, null, Outcome.INTAKE_UNANSWERED, "intake", e.getMessage());
        } catch (RuntimeException e) {
            // ids and the step only: an error of the driver's own names no patient
            System.out.println(
                    "[reliability] episode of case " + episode.caseId() + " stuck at " + episode.step() + ": " + e);
            return new Episode(episode.caseId(), episode.caseNumber(), Outcome.STUCK, episode.step(), e.toString());
        }
    }

    /** Intakes answered 201 so far (the fault waits for the load to be under way). */
    int intakesAnswered() {
        return intakesAnswered.get();
    }

    int finished() {
        return done.size();
    }

    boolean awaitDone(Duration atMost) throws InterruptedException {
        return pool.awaitTermination(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Episode> episodes() {
        return List.copyOf(done);
    }

    /** Counts the intake's 201 as soon as it comes. */
    private final class CountingIntake implements EpisodePath.Steps {
        private final RemoteEpisode episode;

        CountingIntake(RemoteEpisode episode) {
            this.episode = episode;
        }

        @Override
        public void intake() {
            episode.intake();
            intakesAnswered.incrementAndGet();
        }

        @Override
        public void complete(String taskDefinitionKey, java.util.Map<String, Object> form) {
            episode.complete(taskDefinitionKey, form);
        }

        @Override
        public void runJobs() {
            episode.runJobs();
        }

        @Override
        public String firstOfferedProvider() {
            return episode.firstOfferedProvider();
        }

        @Override
        public void providerAnswers(String action, String note) {
            episode.providerAnswers(action, note);
        }

        @Override
        public void contactIntervalElapsed() {
            episode.contactIntervalElapsed();
        }
    }
}
