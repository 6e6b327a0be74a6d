/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.CRC32;
import nl.signaal.substance.CatalogueEntry;
import nl.signaal.substance.Classification;
import nl.signaal.substance.GroupListings;
import nl.signaal.substance.StructureClassifier;
import nl.signaal.substance.SubstanceCatalogue;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Loads the curated catalogue ({@code substance/catalogue.csv}) and the group listings ({@code
 * substance/group-listings.csv}) into the {@code substance_*} tables: a repeatable migration, run again whenever
 * either file changes (its checksum is theirs). Each structure's InChIKey, molecular weight and structural groups are
 * computed here with CDK, so the files hold only what a curator decides. Names curated by analysts and structures
 * reported by labs are kept; a catalogue name takes precedence over a curated one.
 */
@Component
class CatalogueMigration implements JavaMigration {

    private final StructureClassifier classifier;

    CatalogueMigration(StructureClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public @Nullable MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "load substance catalogue";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(bytes(SubstanceCatalogue.RESOURCE));
        crc.update(bytes(GroupListings.RESOURCE));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM substance_group_member WHERE substance_id IN "
                    + "(SELECT id FROM substance_substance WHERE origin = 'catalogue')");
            s.execute("DELETE FROM substance_name WHERE origin = 'catalogue'");
            s.execute("DELETE FROM substance_substance WHERE origin = 'catalogue'");
            s.execute("DELETE FROM substance_group_listing");
        }
        try (PreparedStatement substance = connection.prepareStatement("""
                        INSERT INTO substance_substance
                            (id, name, smiles, inchikey, molecular_weight, list, listed_from, exempt, potency, notes, origin)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalogue')
                        """);
                PreparedStatement group = connection.prepareStatement(
                        "INSERT INTO substance_group_member (substance_id, group_id, origin) VALUES (?, ?, ?)");
                PreparedStatement dropName = connection.prepareStatement("DELETE FROM substance_name WHERE name = ?");
                PreparedStatement name = connection.prepareStatement(
                        "INSERT INTO substance_name (name, substance_id, origin) VALUES (?, ?, 'catalogue')")) {
            for (CatalogueEntry entry : SubstanceCatalogue.shipped()) {
                Classification structure = entry.smiles() == null ? null : classifier.classify(entry.smiles());
                if (structure != null && structure.error() != null) {
                    throw new IllegalStateException("catalogue entry " + entry.id() + ": " + structure.error());
                }
                insertSubstance(substance, entry, structure);
                Set<String> structural = structure == null ? Set.of() : ids(structure);
                Set<String> all = new LinkedHashSet<>(entry.groups());
                all.addAll(structural);
                for (String g : all) {
                    group.setString(1, entry.id());
                    group.setString(2, g);
                    group.setString(3, entry.groups().contains(g) ? "curated" : "structure");
                    group.addBatch();
                }
                Set<String> names = new LinkedHashSet<>();
                names.add(entry.name());
                names.addAll(entry.synonyms());
                for (String n : names) {
                    dropName.setString(1, n);
                    dropName.addBatch();
                    name.setString(1, n);
                    name.setString(2, entry.id());
                    name.addBatch();
                }
            }
            substance.executeBatch();
            group.executeBatch();
            dropName.executeBatch();
            name.executeBatch();
        }
        loadGroupListings(connection);
    }

    private static void insertSubstance(
            PreparedStatement insert, CatalogueEntry entry, @Nullable Classification structure) throws SQLException {
        insert.setString(1, entry.id());
        insert.setString(2, entry.name());
        insert.setString(3, entry.smiles());
        insert.setString(4, structure == null ? null : structure.inchiKey());
        Double weight = structure == null ? null : structure.molecularWeight();
        insert.setBigDecimal(
                5, weight == null ? null : BigDecimal.valueOf(weight).setScale(3, RoundingMode.HALF_UP));
        insert.setString(6, entry.list());
        insert.setDate(7, entry.listedFrom() == null ? null : Date.valueOf(entry.listedFrom()));
        insert.setBoolean(8, entry.exempt());
        insert.setString(9, entry.potency());
        insert.setString(10, entry.notes());
        insert.addBatch();
    }

    private static void loadGroupListings(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO substance_group_listing (group_id, list, listed_from, configured, legal_basis)
                VALUES (?, ?, ?, ?, ?)
                """)) {
            for (GroupListings.Listing listing : GroupListings.shipped().all()) {
                insert.setString(1, listing.groupId());
                insert.setString(2, listing.list());
                insert.setDate(3, listing.listedFrom() == null ? null : Date.valueOf(listing.listedFrom()));
                insert.setBoolean(4, listing.configured());
                insert.setString(5, listing.basis());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Set<String> ids(Classification structure) {
        Set<String> ids = new LinkedHashSet<>();
        structure.groups().forEach(g -> ids.add(g.id()));
        return ids;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CatalogueMigration.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the jar");
        }
        return in;
    }
}
