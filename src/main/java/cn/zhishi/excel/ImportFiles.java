package cn.zhishi.excel;

import cn.zhishi.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded workbooks between the dry run and the confirmation, and the rejected-rows report after
 * it, in {@code <data-dir>/imports/}. They hold ID numbers in clear, so they are readable by the
 * owner only and removed once they are older than {@link ExcelSettings#keepUploads()}.
 */
@Component
class ImportFiles {

    private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);
    private static final String UPLOAD = ".xlsx";
    private static final String REJECTED = "-rejected.xlsx";

    private final Path dir;
    private final ExcelSettings settings;
    private final Clock clock;

    ImportFiles(@Value("${zhishi.data-dir}") String dataDir, ExcelSettings settings, Clock clock) {
        this.dir = Path.of(dataDir).resolve("imports");
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps an upload; answers its id. */
    String store(InputStream upload) {
        removeExpired();
        String id = UUID.randomUUID().toString();
        write(id + UPLOAD, upload);
        return id;
    }

    Optional<byte[]> upload(String id) {
        return read(id + UPLOAD);
    }

    void storeRejectedReport(String id, byte[] report) {
        write(id + REJECTED, new ByteArrayInputStream(report));
    }

    Optional<byte[]> rejectedReport(String id) {
        return read(id + REJECTED);
    }

    /** The upload is not needed once imported; its rejected rows are kept in the report. */
    void removeUpload(String id) {
        delete(file(id + UPLOAD));
    }

    /**
     * Refuses an upload that is empty, too large or not named like a workbook, before it is stored.
     * Whether it really is an import workbook is found out by reading it.
     */
    static void check(MultipartFile file, DataSize max) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "imports.file.empty");
        }
        if (!name.endsWith(".xlsx") && !name.endsWith(".xls")) {
            throw InvalidInputException.of("file", "imports.file.notExcel");
        }
        if (file.getSize() > max.toBytes()) {
            throw InvalidInputException.of("file", "imports.file.tooLarge", max.toMegabytes());
        }
    }

    /** Ids are UUIDs we made; anything else is refused before it can name a path. */
    static boolean isId(String id) {
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Path file(String name) {
        return dir.resolve(name);
    }

    private void write(String name, InputStream content) {
        try {
            Files.createDirectories(dir);
            Path target = file(name);
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // non-POSIX file system: the data directory's own protection applies
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<byte[]> read(String name) {
        Path f = file(name);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeExpired() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = clock.instant().minus(settings.keepUploads());
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(cutoff);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(ImportFiles::delete);
        } catch (IOException e) {
            log.warn("Could not list {} to remove old uploads: {}", dir, e.getMessage());
        }
    }

    private static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", f, e.getMessage());
        }
    }
}
