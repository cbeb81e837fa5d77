package uk.council.procurement.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Size;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every entity has a maximum (Bean Validation's @Size) that its mapping
 * (@Column's length) and the real column made by the migrations both hold, so that a long value is
 * refused with a message, never by the database with a 500. The migrations run on an in-memory H2.
 */
class ColumnSizesTest {

    private static final Map<String, Integer> COLUMNS = new HashMap<>();

    @BeforeAll
    static void migrate() throws SQLException {
        String url = "jdbc:h2:mem:sizes;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                var rs = c.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
            while (rs.next()) {
                COLUMNS.put(key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")), rs.getInt("COLUMN_SIZE"));
            }
        }
    }

    @Test
    void everyTextFieldHasAMaximumThatItsColumnHolds() throws Exception {
        var problems = new ArrayList<String>();
        int checked = 0;
        for (Class<?> entity : classes(Entity.class)) {
            String table = entity.getAnnotation(Table.class) == null ? entity.getSimpleName()
                    : entity.getAnnotation(Table.class).name();
            checked += check(entity, table, problems);
        }
        assertThat(checked).as("text fields checked").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    private static int check(Class<?> type, String table, List<String> problems) throws Exception {
        int checked = 0;
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            if (field.isAnnotationPresent(Embedded.class) || field.getType().isAnnotationPresent(Embeddable.class)) {
                checked += check(field.getType(), table, problems);
                continue;
            }
            if (field.getType() != String.class || field.isAnnotationPresent(jakarta.persistence.ElementCollection.class)) {
                continue;
            }
            checked++;
            String where = type.getSimpleName() + "." + field.getName();
            Column column = field.getAnnotation(Column.class);
            Size size = field.getAnnotation(Size.class);
            String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
            Integer actual = COLUMNS.get(key(table, name));
            if (actual == null) {
                problems.add(where + ": no column " + table + "." + name);
                continue;
            }
            if (size == null || size.max() == Integer.MAX_VALUE) {
                problems.add(where + ": no @Size(max) (column holds " + actual + ")");
            } else if (size.max() > actual) {
                problems.add(where + ": @Size(max = " + size.max() + ") but column " + table + "." + name + " holds "
                        + actual);
            }
            int mapped = column == null ? 255 : column.length();
            if (mapped != actual) {
                problems.add(where + ": @Column(length = " + mapped + ") but column " + table + "." + name + " holds "
                        + actual);
            }
        }
        return checked;
    }

    private static List<Class<?>> classes(Class<? extends java.lang.annotation.Annotation> annotation)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ColumnSizesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        var found = new ArrayList<Class<?>>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                if (name.contains("$") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ColumnSizesTest.class.getClassLoader());
                if (type.isAnnotationPresent(annotation)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toUpperCase(Locale.ROOT);
    }
}
