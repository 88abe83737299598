package org.civilaffairs.reconcile.remote;

import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.OneLineErrors;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Before a remote command does anything: the database must be one every node reaches (an H2 file
 * cannot be shared), and the broker must answer. Either problem is one line and an exit code.
 */
@Component
@Profile(RemoteMode.PROFILE)
public class Readiness {

    private final CachingConnectionFactory connections;
    private final String databaseUrl;

    Readiness(CachingConnectionFactory connections, @Value("${spring.datasource.url}") String databaseUrl) {
        this.connections = connections;
        this.databaseUrl = databaseUrl;
    }

    /** 0 when the command can go on; else the exit code, its reason printed on standard error. */
    public int check(String command, String broker) {
        if (databaseUrl.startsWith("jdbc:h2")) {
            System.err.println("reconcile " + command + ": remote partitions need a database every worker reaches; an H2 file"
                    + " cannot be shared: pass --spring.datasource.url=jdbc:mysql://HOST:3306/DB to the manager and every worker");
            return ExitCodes.REFUSED;
        }
        try {
            connections.setUri(broker);
        } catch (IllegalArgumentException e) {
            System.err.println("reconcile " + command + ": --broker " + RemoteMode.masked(broker) + " is not an AMQP URI:"
                    + " use amqp://USER:PASS@HOST:5672");
            return ExitCodes.USAGE;
        }
        try (Connection probe = connections.createConnection()) {
            return ExitCodes.OK;
        } catch (AmqpException e) {
            System.err.println("reconcile " + command + ": " + OneLineErrors.describe(e) + " (" + RemoteMode.masked(broker) + ")");
            return ExitCodes.CANNOT_START;
        }
    }
}
