package org.civilaffairs.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civilaffairs.reconcile.cli.DayOption;
import org.civilaffairs.reconcile.cli.Months;
import org.civilaffairs.reconcile.cli.PathOption;
import org.civilaffairs.reconcile.cli.ReconcileCommand;
import org.civilaffairs.reconcile.db.DatabaseSetup;
import org.civilaffairs.reconcile.db.H2Url;
import org.civilaffairs.reconcile.ops.FileNameLocale;
import org.civilaffairs.reconcile.ops.GracefulStop;
import org.civilaffairs.reconcile.ops.LogFailures;
import org.civilaffairs.reconcile.ops.LogFile;
import org.civilaffairs.reconcile.remote.RemoteMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Entry point: Spring wires the pipeline, picocli reads the command line (CONTRACT §12). */
@SpringBootApplication
public class ReconcileApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command and returns its exit code; {@code --some.property=value} arguments configure Spring. */
    public static int run(String... args) {
        String[] commandArgs = Arrays.stream(args).filter(a -> !isProperty(a)).toArray(String[]::new);
        CommandLine probe = new CommandLine(new ReconcileCommand(), new HelpFactory());
        if (commandArgs.length == 0 || isHelp(commandArgs)) {
            probe.execute(commandArgs.length == 0 ? new String[] {"--help"} : commandArgs);
            return commandArgs.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
        }
        Optional<String> locale = FileNameLocale.unusable();
        if (locale.isPresent()) {
            System.err.println("reconcile: cannot start: " + locale.get());
            return ExitCodes.CANNOT_START;
        }
        SpringApplication app = new SpringApplication(ReconcileApplication.class);
        List<String> profiles = new ArrayList<>();
        LogFile.unwritable(args).ifPresent(why -> {
            System.err.println("reconcile: warning: " + why);
            profiles.add(LogFile.STDERR_ONLY);
        });
        if (RemoteMode.wanted(commandArgs)) {
            profiles.add(RemoteMode.PROFILE);
        }
        if (RemoteMode.worker(commandArgs)) {
            profiles.add(RemoteMode.WORKER_PROFILE);
        }
        app.setAdditionalProfiles(profiles.toArray(String[]::new));
        if (ReconcileCommand.readOnly(commandArgs[0])) {
            app.setDefaultProperties(Map.of(H2Url.COMPACT_ON_CLOSE, "false"));
        }
        app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) prepared -> {
            LogFailures.install(); // logging is set up by now: Spring Boot's listener comes first
            DatabaseSetup.requireSupported(prepared.getEnvironment().getProperty("spring.datasource.url"));
        });
        GracefulStop.whileStarting();
        try (ConfigurableApplicationContext context = app.run(args)) {
            GracefulStop.onSignals(context.getBean(GracefulStop.class));
            return execute(context, commandArgs);
        } catch (RuntimeException | OutOfMemoryError e) { // a heap too small for the context can fail it outside any bean
            System.err.println("reconcile: cannot start: " + OneLineErrors.describe(e));
            return OneLineErrors.isBadSetting(e) ? ExitCodes.USAGE : ExitCodes.CANNOT_START;
        }
    }

    /** Runs one command in an application context that is already up (tests run many commands in one). */
    public static int execute(ConfigurableApplicationContext context, String... commandArgs) {
        CommandLine cli = new CommandLine(new ReconcileCommand(), new SpringFactory(context));
        OneLineErrors errors = new OneLineErrors();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.registerConverter(YearMonth.class, new Months());
        cli.registerConverter(Path.class, new PathOption());
        cli.registerConverter(LocalDate.class, new DayOption());
        return cli.execute(commandArgs);
    }

    /** {@code --spring.datasource.url=...}, {@code --reconcile.archive-dir=...}: dotted names are Spring properties. */
    static boolean isProperty(String arg) {
        return arg.matches("--[A-Za-z0-9-]+\\.[^=]*=.*");
    }

    private static boolean isHelp(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version"));
    }

    /**
     * Help needs the commands' options, not their services: construct them without Spring. Anything
     * else (the list behind a multi-value option) comes from picocli's own factory.
     */
    private static final class HelpFactory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (!cls.getPackageName().startsWith("org.civilaffairs.reconcile")) {
                return CommandLine.defaultFactory().create(cls);
            }
            java.lang.reflect.Constructor<?> constructor = cls.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return cls.cast(constructor.newInstance(new Object[constructor.getParameterCount()]));
        }
    }

    /** Creates commands as Spring beans so they can take services in their constructors. */
    private record SpringFactory(ConfigurableApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls.getPackageName().startsWith("org.civilaffairs.reconcile")) {
                return context.getAutowireCapableBeanFactory().createBean(cls);
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
