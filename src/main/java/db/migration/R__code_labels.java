package db.migration;

import org.civilaffairs.reconcile.labels.LabelTable;
import org.civilaffairs.reconcile.labels.Labels;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the label table {@code code_label} from {@link Labels}. Repeatable: its checksum is that of
 * the labels, so Flyway runs it again at the first start after any label changed, and the database
 * never keeps a wording the code has dropped.
 */
public class R__code_labels extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        return LabelTable.checksum(Labels.all());
    }

    @Override
    public void migrate(Context context) throws Exception {
        LabelTable.fill(context.getConnection(), Labels.all());
    }
}
