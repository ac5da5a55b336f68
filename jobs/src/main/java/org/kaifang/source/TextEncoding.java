package org.kaifang.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kaifang.config.Messages;

/**
 * Tells how a source file is encoded. Files reach a statistics office as UTF-8 (with or
 * without a byte-order mark) or as GBK from older systems; GB18030 decodes GBK and is tried
 * when the bytes are not UTF-8, unless the file's mapping declares the encoding. A file with
 * NUL bytes is not text at all and is refused.
 */
final class TextEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF_BYTES = 8192;

    private TextEncoding() {
    }

    static Charset of(Path file, String name) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SNIFF_BYTES);
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new SourceException(name, 0, 0, Messages.text("file.binary"));
                }
            }
            Charset declared = FileOptions.of(file, name).encoding();
            if (declared != null) {
                return declared;
            }
            if (Utf8.firstMalformedLine(file) == 0) {
                return StandardCharsets.UTF_8;
            }
            if (decodes(file, GB18030)) {
                return GB18030;
            }
            return StandardCharsets.UTF_8;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
