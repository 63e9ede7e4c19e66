package cn.zhishi.excel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Excel module ({@code zhishi.excel.*}).
 *
 * @param exportMaxRows   most rows one export writes (a note in the file says when more matched)
 * @param importMaxRows   most data rows per sheet of one import workbook
 * @param importMaxSize   largest workbook accepted for import: a workbook is read whole into memory, and
 *                        5 MB holds about 20,000 cadres with a record in every sheet
 * @param keepUploads     how long uploaded workbooks and rejected-row reports stay in the data directory
 */
@ConfigurationProperties("zhishi.excel")
record ExcelSettings(Integer exportMaxRows, Integer importMaxRows, DataSize importMaxSize, Duration keepUploads) {

    ExcelSettings {
        exportMaxRows = exportMaxRows == null ? 100_000 : exportMaxRows;
        importMaxRows = importMaxRows == null ? 20_000 : importMaxRows;
        importMaxSize = importMaxSize == null ? DataSize.ofMegabytes(5) : importMaxSize;
        keepUploads = keepUploads == null ? Duration.ofHours(24) : keepUploads;
    }
}
