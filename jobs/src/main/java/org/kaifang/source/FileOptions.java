package org.kaifang.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.kaifang.config.Messages;

/**
 * What a source file's mapping ({@code <name>.mapping.properties} beside it) says about the
 * whole file, for a CSV file as for a workbook:
 * <ul>
 * <li>{@code precedence}: which file wins when two files of one run carry the same figure;
 *     a file without one has precedence 0, and two files of equal precedence disagreeing is
 *     an error;</li>
 * <li>{@code encoding = GBK} (or UTF-8, GB18030, GB2312): how a CSV file is encoded, for
 *     the rare file whose bytes would pass for another encoding; without it the encoding is
 *     detected;</li>
 * <li>{@code currency_conversion = fx_rate}: a value declared in the other currency than its
 *     indicator's (万元 for an indicator kept in US dollars) is converted with the year's rate
 *     in {@code reference/fx_rate.csv}; without it, such a value is rejected;</li>
 * <li>{@code release_date = 2016-09-30} and {@code release_status = 最终核实}: the release every
 *     figure of the file belongs to, unless a row says otherwise in its own columns (see
 *     {@link Release}).</li>
 * </ul>
 */
public record FileOptions(int precedence, boolean convertsCurrency, Charset encoding, Release release) {

    public static final FileOptions NONE = new FileOptions(0, false, null, Release.UNKNOWN);

    /** The keys a CSV file's mapping may hold; a workbook's mapping holds these and its layout. */
    static final Set<String> KEYS = Set.of("precedence", "currency_conversion", "encoding", "release_date",
            "release_status");

    /** The encodings a mapping may declare; GB18030 reads GBK and GB2312 files alike. */
    private static final Map<String, Charset> ENCODINGS = Map.of(
            "UTF-8", StandardCharsets.UTF_8,
            "GB18030", TextEncoding.GB18030,
            "GBK", TextEncoding.GB18030,
            "GB2312", TextEncoding.GB18030);

    public static FileOptions of(Path source, String name) {
        Path mapping = WorkbookMapping.fileFor(source);
        if (!Files.isRegularFile(mapping)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.unreadable", e.getMessage()));
        }
        if (!name.endsWith(".xlsx")) {
            for (String key : p.stringPropertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new SourceException(name, 0, 0, Messages.text("mapping.csv_keys", key));
                }
            }
        }
        String precedence = p.getProperty("precedence");
        int rank;
        try {
            rank = precedence == null ? 0 : Integer.parseInt(precedence.strip());
        } catch (NumberFormatException e) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.precedence", precedence));
        }
        String conversion = p.getProperty("currency_conversion");
        if (conversion != null && !conversion.strip().equals("fx_rate")) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.currency_conversion", conversion.strip()));
        }
        String declared = p.getProperty("encoding");
        Charset encoding = null;
        if (declared != null) {
            encoding = ENCODINGS.get(declared.strip().toUpperCase(Locale.ROOT));
            if (encoding == null) {
                throw new SourceException(name, 0, 0, Messages.text("mapping.encoding", declared.strip(),
                        String.join(", ", new TreeSet<>(ENCODINGS.keySet()))));
            }
        }
        return new FileOptions(rank, conversion != null, encoding, release(p, name));
    }

    private static Release release(Properties p, String name) {
        String date = p.getProperty("release_date");
        LocalDate released = date == null ? null : Release.parseDate(date);
        if (date != null && released == null) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.release_date", date.strip()));
        }
        String status = p.getProperty("release_status");
        if (status != null && !Release.STATUSES.contains(status.strip())) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.release_status", status.strip(),
                    String.join(", ", Release.STATUSES)));
        }
        return new Release(released, status == null ? null : status.strip());
    }
}
