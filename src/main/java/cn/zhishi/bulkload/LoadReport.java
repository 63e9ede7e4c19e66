package cn.zhishi.bulkload;

import java.nio.file.Path;
import java.util.List;

/** The outcome of a city load: counts per file, where the rejects went, how long it took. */
public record LoadReport(List<FileCounts> files, Path rejectsFile, long loadMillis, long afterMillis) {

    public LoadReport {
        files = List.copyOf(files);
    }

    public long read() {
        return files.stream().mapToLong(FileCounts::read).sum();
    }

    public long inserted() {
        return files.stream().mapToLong(FileCounts::inserted).sum();
    }

    public long present() {
        return files.stream().mapToLong(FileCounts::present).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileCounts::rejected).sum();
    }

    public FileCounts of(CityFile file) {
        return files.stream().filter(f -> f.file().equals(file.fileName)).findFirst()
                .orElse(new FileCounts(file.fileName, 0, 0, 0, 0));
    }
}
