package org.civilaffairs.reconcile.remote;

import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * The partition requests flowing into this process: from the queue, through the {@link PartitionGuard},
 * to the worker steps. Nothing flows until {@link #start()}: the manager's process has the same
 * beans and never consumes.
 */
final class Worker {

    private final IntegrationFlowContext flows;
    private final SimpleMessageListenerContainer listener;
    private final JacksonJsonMessageConverter json;
    private final PartitionGuard guard;
    private final DirectChannel work;

    Worker(IntegrationFlowContext flows, SimpleMessageListenerContainer listener, JacksonJsonMessageConverter json,
           PartitionGuard guard, DirectChannel work) {
        this.flows = flows;
        this.listener = listener;
        this.json = json;
        this.guard = guard;
        this.work = work;
    }

    /** Starts the worker steps' request handlers, then the consumers that feed them. */
    void start() {
        flows.getRegistry().values().forEach(IntegrationFlowContext.IntegrationFlowRegistration::start);
        flows.registration(IntegrationFlow.from(Amqp.inboundAdapter(listener).messageConverter(json))
                .filter(StepExecutionRequest.class, guard)
                .channel(work)
                .get()).register();
    }

    /** Stops taking requests; returns once the partitions in hand have ended and been acknowledged. */
    void stop() {
        listener.stop();
    }
}
