package cn.zhishi.bulkload;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the city loader's page ({@code zhishi.bulkload.*}).
 *
 * @param inbox the server directory whose sub-directories (or itself) hold city files the organisation
 *              admin may load from the page; none configured: the page only explains how to set it
 */
@ConfigurationProperties("zhishi.bulkload")
record BulkLoadSettings(Path inbox) {

    BulkLoadSettings {
        inbox = inbox == null || inbox.toString().isBlank() ? null : inbox;
    }
}
