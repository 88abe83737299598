package org.civilaffairs.reconcile.ops;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's own observations (spring.batch.job, spring.batch.step) recorded as Micrometer
 * meters in a Prometheus registry, which the scheduler serves for a scrape ({@link MetricsEndpoint}).
 * Spring Boot's batch observation auto-configuration hands this registry to the job bean; the
 * job's steps get it from {@code ReconcileJobConfig}.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfig {

    @Bean
    PrometheusMeterRegistry prometheusMeterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Bean
    ObservationRegistry observationRegistry(PrometheusMeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }
}
