package org.civilaffairs.reconcile.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A file or folder as the operator names it on the command line. An empty value (a shell variable
 * left unset: {@code --inbox "$INBOX"}) would otherwise name the working directory and be read as one.
 */
public final class PathOption implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String text) {
        if (text.isBlank()) {
            throw new CommandLine.TypeConversionException("an empty path: name a file or a folder");
        }
        return Path.of(text);
    }
}
