package io.switchboard.infrastructure.mail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unpacks the files in an Outlook {@code winmail.dat} (TNEF, MS-OXTNEF): each attachment's name
 * (the long MAPI file name where there is one, else its title) and bytes. Anything it cannot read
 * fully, a bad checksum or a length past the end, means no answer: the caller keeps the
 * winmail.dat as it came, so nothing is lost.
 */
final class Tnef {

    static final int SIGNATURE = 0x223E9F78;
    static final int ATT_ATTACH_REND_DATA = 0x00069002;
    static final int ATT_ATTACH_TITLE = 0x00018010;
    static final int ATT_ATTACH_DATA = 0x0006800F;
    static final int ATT_ATTACHMENT = 0x00069005;
    static final int MAX_FILES = 50;
    private static final int PR_ATTACH_LONG_FILENAME = 0x3707;

    private Tnef() {}

    /** One file that was inside. */
    record File(String name, byte[] content) {}

    static Optional<List<File>> unpack(byte[] tnef, long maxBytes) {
        try {
            return Optional.of(read(ByteBuffer.wrap(tnef).order(ByteOrder.LITTLE_ENDIAN), maxBytes))
                    .filter(files -> !files.isEmpty());
        } catch (RuntimeException e) {
            return Optional.empty(); // not TNEF we can read: kept as winmail.dat
        }
    }

    private static List<File> read(ByteBuffer in, long maxBytes) {
        if (in.remaining() < 6 || in.getInt() != SIGNATURE) {
            throw new IllegalArgumentException("not TNEF");
        }
        in.getShort(); // the legacy key
        List<File> files = new ArrayList<>();
        String title = null;
        String longName = null;
        byte[] data = null;
        long total = 0;
        while (in.hasRemaining()) {
            in.get(); // level: message or attachment
            int id = in.getInt();
            int length = in.getInt();
            if (length < 0 || length > in.remaining() - 2) {
                throw new IllegalArgumentException("an attribute runs past the end");
            }
            byte[] value = new byte[length];
            in.get(value);
            if ((in.getShort() & 0xFFFF) != checksum(value)) {
                throw new IllegalArgumentException("bad checksum");
            }
            switch (id) {
                case ATT_ATTACH_REND_DATA -> {
                    add(files, title, longName, data);
                    title = null;
                    longName = null;
                    data = null;
                }
                case ATT_ATTACH_TITLE -> title = cString(value);
                case ATT_ATTACH_DATA -> {
                    total += value.length;
                    if (total > maxBytes) {
                        throw new IllegalArgumentException("unpacks to more than " + maxBytes + " bytes");
                    }
                    data = value;
                }
                case ATT_ATTACHMENT -> longName = longFileName(value).orElse(longName);
                default -> {
                    // message attributes and the rest: the raw message keeps them
                }
            }
            if (files.size() > MAX_FILES) {
                throw new IllegalArgumentException("more than " + MAX_FILES + " files");
            }
        }
        add(files, title, longName, data);
        return files;
    }

    private static void add(List<File> files, String title, String longName, byte[] data) {
        if (data == null) {
            return;
        }
        String name = longName != null && !longName.isBlank() ? longName : title;
        files.add(new File(name == null || name.isBlank() ? "attachment-" + (files.size() + 1) : name, data));
    }

    static int checksum(byte[] value) {
        int sum = 0;
        for (byte b : value) {
            sum = (sum + (b & 0xFF)) & 0xFFFF;
        }
        return sum;
    }

    private static String cString(byte[] value) {
        int end = 0;
        while (end < value.length && value[end] != 0) {
            end++;
        }
        return new String(value, 0, end, StandardCharsets.ISO_8859_1).strip();
    }

    /** PR_ATTACH_LONG_FILENAME from the attachment's MAPI properties, when they read cleanly that far. */
    static Optional<String> longFileName(byte[] props) {
        try {
            ByteBuffer in = ByteBuffer.wrap(props).order(ByteOrder.LITTLE_ENDIAN);
            int count = in.getInt();
            for (int i = 0; i < count && in.hasRemaining(); i++) {
                int type = in.getShort() & 0xFFFF;
                int id = in.getShort() & 0xFFFF;
                if (id >= 0x8000) {
                    return Optional.empty(); // named properties: not worth reading for a file name
                }
                Optional<String> text = value(in, type);
                if (id == PR_ATTACH_LONG_FILENAME && text.isPresent()) {
                    return text;
                }
            }
        } catch (RuntimeException e) {
            // fall back to the title
        }
        return Optional.empty();
    }

    /** Reads one property value; the text of a string property. */
    private static Optional<String> value(ByteBuffer in, int type) {
        switch (type) {
            case 0x0002, 0x0003, 0x000A, 0x000B, 0x0004 -> in.position(in.position() + 4);
            case 0x0005, 0x0006, 0x0007, 0x0014, 0x0040 -> in.position(in.position() + 8);
            case 0x001E, 0x001F, 0x0102, 0x000D -> {
                int values = in.getInt();
                String text = null;
                for (int v = 0; v < values; v++) {
                    int length = in.getInt();
                    byte[] bytes = new byte[length];
                    in.get(bytes);
                    in.position(in.position() + ((4 - length % 4) % 4));
                    if (type == 0x001E) {
                        text = cString(bytes);
                    } else if (type == 0x001F) {
                        text = new String(bytes, StandardCharsets.UTF_16LE)
                                .replace("\0", "")
                                .strip();
                    }
                }
                return Optional.ofNullable(text);
            }
            default -> throw new IllegalArgumentException("property type " + type);
        }
        return Optional.empty();
    }
}
