package org.civilaffairs.reconcile.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.CsvRecord;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.Header;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.ReferenceReader;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/** Streams the registry in force and keeps only the people a month's rosters can match, by name or by ID. */
public final class RegistryLoader {

    private RegistryLoader() {
    }

    public static Registry load(Optional<InboxFile> hukou, Set<String> names, Set<String> ids) {
        if (hukou.isEmpty()) {
            return Registry.notDelivered();
        }
        Registry registry = Registry.empty();
        InboxFile file = hukou.get();
        try {
            new ReferenceReader(ReferenceSource.HUKOU, file.month()).read(file.archive(), Encodings.byName(file.encoding()),
                    new ReferenceReader.Sink() {
                        @Override
                        public boolean wants(String candidateId, Header header, CsvRecord record) {
                            return candidateId != null && ids.contains(candidateId)
                                    || names.contains(Names.normalize(header.value(record, ReferenceSource.Cols.NAME)));
                        }

                        @Override
                        public void row(ReferenceRow row) {
                            String name = Names.normalize(row.text(ReferenceSource.Cols.NAME));
                            if (names.contains(name) || ids.contains(row.id())) {
                                registry.add(row.id(), name);
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry " + file.month() + "/" + file.name(), e);
        }
        return registry;
    }
}
