package org.civilaffairs.reconcile.remote;

import java.util.concurrent.atomic.AtomicBoolean;
import org.civilaffairs.reconcile.OneLineErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.listener.ConditionalRejectingErrorHandler;
import org.springframework.amqp.rabbit.listener.ConsumeOkEvent;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.context.event.EventListener;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * The partition requests flowing into this process: from the queue, through the {@link PartitionGuard},
 * to the worker steps. Nothing flows until {@link #start()}: the manager's process has the same
 * beans and never consumes. A lost broker is one line when it goes and one when it is back (the
 * consumers retry every 5 s); a request that fails goes back to the queue with one line.
 */
final class Worker {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final IntegrationFlowContext flows;
    private final SimpleMessageListenerContainer listener;
    private final JacksonJsonMessageConverter json;
    private final PartitionGuard guard;
    private final DirectChannel work;
    private final AtomicBoolean brokerAway = new AtomicBoolean();

    Worker(IntegrationFlowContext flows, SimpleMessageListenerContainer listener, JacksonJsonMessageConverter json,
           PartitionGuard guard, DirectChannel work) {
        this.flows = flows;
        this.listener = listener;
        this.json = json;
        this.guard = guard;
        this.work = work;
        listener.setErrorHandler(new ConditionalRejectingErrorHandler() {
            @Override
            protected void log(Throwable t) {
                Worker.log.warn("worker: a partition request failed and goes back to the queue: {}", OneLineErrors.describe(t));
            }
        });
    }

    /** Starts the worker steps' request handlers, then the consumers that feed them. */
    void start() {
        flows.getRegistry().values().forEach(IntegrationFlowContext.IntegrationFlowRegistration::start);
        flows.registration(IntegrationFlow.from(Amqp.inboundAdapter(listener).messageConverter(json))
                .filter(StepExecutionRequest.class, guard)
                .channel(work)
                .get()).register();
    }

    @EventListener
    void consumerFailed(ListenerContainerConsumerFailedEvent event) {
        if (event.getSource() == listener && brokerAway.compareAndSet(false, true)) {
            log.warn("worker: lost the message broker ({}); reconnecting every 5 s (a partition in hand finishes; the broker"
                    + " sends its request again, and it is then skipped)", OneLineErrors.describe(event.getThrowable()));
        }
    }

    /** The broker confirmed a consumer: after an outage, the broker is back. */
    @EventListener
    void consumerConfirmed(ConsumeOkEvent event) {
        if (brokerAway.compareAndSet(true, false)) {
            log.info("worker: message broker back, serving partitions again");
        }
    }

    /** Stops taking requests; returns once the partitions in hand have ended and been acknowledged. */
    void stop() {
        listener.stop();
    }
}
