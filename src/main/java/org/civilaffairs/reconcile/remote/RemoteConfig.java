package org.civilaffairs.reconcile.remote;

import java.time.Duration;
import io.micrometer.observation.ObservationRegistry;
import org.civilaffairs.reconcile.job.RemoteDispatch;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Remote partitioning over RabbitMQ (Spring Batch Integration), in the processes of
 * {@link RemoteMode} only. The manager sends one {@link StepExecutionRequest} per partition, as
 * JSON, to a durable queue and polls the shared job repository for the outcome; a worker takes one
 * request at a time (prefetch 1: the default would let one worker take every request) and
 * acknowledges it after the partition's transaction, so a killed worker's request goes to
 * another. The worker steps are the partitioned stages' own tasklets.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RemoteMode.PROFILE)
@EnableBatchIntegration
class RemoteConfig {

    /** Points at the default broker; the command sets the one of {@code --broker} before the first connection. */
    @Bean
    CachingConnectionFactory brokerConnections() {
        CachingConnectionFactory connections = new CachingConnectionFactory();
        connections.setUri(RemoteMode.DEFAULT_BROKER);
        return connections;
    }

    /** Declares the queue on the first connection. */
    @Bean
    RabbitAdmin brokerAdmin(CachingConnectionFactory connections) {
        return new RabbitAdmin(connections);
    }

    @Bean
    Queue partitionQueue(@Value("${reconcile.remote.queue:reconcile.partitions}") String name) {
        return QueueBuilder.durable(name).build();
    }

    /** JSON, and only Spring Batch's request type on the way in: no Java deserialization of whatever arrives. */
    @Bean
    JacksonJsonMessageConverter requestConverter() {
        return new JacksonJsonMessageConverter(StepExecutionRequest.class.getPackageName());
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionsToBroker(CachingConnectionFactory connections, JacksonJsonMessageConverter json, Queue queue,
                                       @Qualifier("partitionRequests") DirectChannel requests) {
        RabbitTemplate template = new RabbitTemplate(connections);
        template.setMessageConverter(json);
        return IntegrationFlow.from(requests).handle(Amqp.outboundAdapter(template).routingKey(queue.getName())).get();
    }

    @Bean
    RemoteDispatch remoteDispatch(JobRepository repository, Versions versions, @Qualifier("partitionRequests") DirectChannel requests,
                                  @Value("${reconcile.remote.timeout:30m}") Duration timeout,
                                  @Value("${reconcile.remote.poll-interval:2s}") Duration pollInterval) {
        return (workerStep, gridSize) -> {
            RemotePartitionHandler handler = new RemotePartitionHandler(repository, versions, timeout);
            handler.setStepName(workerStep);
            handler.setGridSize(gridSize);
            handler.setPollInterval(pollInterval.toMillis());
            handler.setMessagingOperations(new MessagingTemplate(requests));
            try {
                handler.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return handler;
        };
    }

    @Bean
    DirectChannel partitionWork() {
        return new DirectChannel();
    }

    /**
     * A worker's consumers: {@code reconcile.remote.consumers} partitions at once (default: the
     * cores), one unacknowledged request each; a stop waits for the partitions in hand.
     */
    @Bean
    SimpleMessageListenerContainer partitionListener(CachingConnectionFactory connections, Queue queue,
                                                     @Value("${reconcile.remote.consumers:0}") int consumers,
                                                     @Value("${reconcile.remote.timeout:30m}") Duration timeout) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueues(queue);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(consumers > 0 ? consumers : Runtime.getRuntime().availableProcessors());
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setShutdownTimeout(timeout.toMillis());
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    Worker worker(SimpleMessageListenerContainer listener, JacksonJsonMessageConverter json, JobRepository repository,
                  Versions versions, IntegrationFlowContext flows, @Qualifier("partitionWork") DirectChannel work) {
        return new Worker(flows, listener, json, new PartitionGuard(repository, versions), work);
    }

    @Bean("ingest-partition")
    Step ingestWorker(RemotePartitioningWorkerStepBuilderFactory steps, @Qualifier("ingestPartition") Tasklet tasklet,
                      PlatformTransactionManager tx, ObservationRegistry observations, @Qualifier("partitionWork") DirectChannel work) {
        return workerStep(steps, "ingest-partition", tasklet, tx, observations, work);
    }

    @Bean("registry-partition")
    Step registryWorker(RemotePartitioningWorkerStepBuilderFactory steps, @Qualifier("registryPartition") Tasklet tasklet,
                        PlatformTransactionManager tx, ObservationRegistry observations, @Qualifier("partitionWork") DirectChannel work) {
        return workerStep(steps, "registry-partition", tasklet, tx, observations, work);
    }

    @Bean("references-partition")
    Step referencesWorker(RemotePartitioningWorkerStepBuilderFactory steps, @Qualifier("referencesPartition") Tasklet tasklet,
                          PlatformTransactionManager tx, ObservationRegistry observations, @Qualifier("partitionWork") DirectChannel work) {
        return workerStep(steps, "references-partition", tasklet, tx, observations, work);
    }

    @Bean("resolve-partition")
    Step resolveWorker(RemotePartitioningWorkerStepBuilderFactory steps, @Qualifier("resolvePartition") Tasklet tasklet,
                       PlatformTransactionManager tx, ObservationRegistry observations, @Qualifier("partitionWork") DirectChannel work) {
        return workerStep(steps, "resolve-partition", tasklet, tx, observations, work);
    }

    @Bean("check-partition")
    Step checkWorker(RemotePartitioningWorkerStepBuilderFactory steps, @Qualifier("checkPartition") Tasklet tasklet,
                     PlatformTransactionManager tx, ObservationRegistry observations, @Qualifier("partitionWork") DirectChannel work) {
        return workerStep(steps, "check-partition", tasklet, tx, observations, work);
    }

    @Bean("aggregate-partition")
    Step aggregateWorker(RemotePartitioningWorkerStepBuilderFactory steps, @Qualifier("aggregatePartition") Tasklet tasklet,
                         PlatformTransactionManager tx, ObservationRegistry observations, @Qualifier("partitionWork") DirectChannel work) {
        return workerStep(steps, "aggregate-partition", tasklet, tx, observations, work);
    }

    /** A worker step fed from the partition requests; its handler finds the step by the request's step name. */
    private Step workerStep(RemotePartitioningWorkerStepBuilderFactory steps, String name, Tasklet tasklet,
                            PlatformTransactionManager tx, ObservationRegistry observations, DirectChannel work) {
        return steps.get(name).inputChannel(work).tasklet(tasklet, tx).observationRegistry(observations)
                .listener(new PartitionEnd()).build();
    }
}
