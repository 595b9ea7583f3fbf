package org.carecoord.metrics;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Latency histograms of {@code http.server.requests} for the APIs ({@code /api}, {@code /engine-rest} and the
 * webapps' {@code /camunda/api}): a dozen fixed buckets, so {@code histogram_quantile} gives p95 over any set of
 * nodes, at a dozen series per endpoint rather than the seventy of Micrometer's default histogram. Static
 * resources and pages keep the plain count, sum and max.
 */
@Configuration(proxyBeanMethods = false)
class RequestLatencies {

    static final String REQUESTS = "http.server.requests";
    static final List<String> API_PREFIXES = List.of("/api/", "/engine-rest/", "/camunda/api/");
    static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    @Bean
    MeterFilter apiLatencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                String uri = id.getTag("uri");
                if (!REQUESTS.equals(id.getName()) || uri == null
                        || API_PREFIXES.stream().noneMatch(uri::startsWith)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos(BUCKETS)).build()
                        .merge(config);
            }
        };
    }

    private static double[] nanos(Duration... durations) {
        double[] nanos = new double[durations.length];
        for (int i = 0; i < durations.length; i++) {
            nanos[i] = durations[i].toNanos();
        }
        return nanos;
    }
}
