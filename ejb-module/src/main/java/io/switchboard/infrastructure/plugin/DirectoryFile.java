package io.switchboard.infrastructure.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A file a plugins directory held when it was last reconciled with the database. */
@Entity
@IdClass(DirectoryFile.Key.class)
@Table(name = "plugin_directory_file")
public class DirectoryFile {

    /** The primary key: directory and file name. */
    public record Key(String directoryId, String fileName) implements Serializable {}

    @Id
    @Column(name = "directory_id", length = 36)
    private String directoryId;

    @Id
    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    protected DirectoryFile() {}

    DirectoryFile(String directoryId, String fileName, String sha256, String pluginId) {
        this.directoryId = directoryId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.pluginId = pluginId;
    }

    String fileName() {
        return fileName;
    }

    String sha256() {
        return sha256;
    }

    String pluginId() {
        return pluginId;
    }
}
