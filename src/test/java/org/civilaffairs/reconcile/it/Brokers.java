package org.civilaffairs.reconcile.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * RabbitMQ on 127.0.0.1:5672 (guest/guest) for the remote-partitioning tests, and a queue of
 * their own for each test so that tests never take each other's partitions. When
 * {@code RECONCILE_REQUIRE_RABBITMQ} is set (CI), a broker that does not answer fails the test
 * instead of skipping it.
 */
final class Brokers {

    static final int PORT = 5672;

    private Brokers() {
    }

    /** Skips (or, in CI, fails) the test when no broker answers. */
    static void require() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 2000);
        } catch (IOException e) {
            Databases.unavailable("RabbitMQ", "RECONCILE_REQUIRE_RABBITMQ", "RabbitMQ not reachable at 127.0.0.1:" + PORT + ": "
                    + e.getMessage(), e);
        }
    }

    static String uri(int port) {
        return "amqp://guest:guest@127.0.0.1:" + port;
    }

    static String freshQueue() {
        return "reconcile.it." + UUID.randomUUID().toString().substring(0, 8);
    }

    static void deleteQueue(String queue) {
        CachingConnectionFactory connections = new CachingConnectionFactory();
        connections.setUri(uri(PORT));
        try {
            new RabbitAdmin(connections).deleteQueue(queue);
        } finally {
            connections.destroy();
        }
    }
}
