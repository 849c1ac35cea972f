package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The evidence store as backups and checks of the installation see it: files by name, read and put back. */
@Component
public class EvidenceFiles {
    private final EvidenceStore store;

    EvidenceFiles(EvidenceStore store) {
        this.store = store;
    }

    public InputStream open(String storedName) throws IOException {
        return store.open(storedName).getInputStream();
    }

    public boolean exists(String storedName) {
        return store.exists(storedName);
    }

    public Set<String> names() {
        return store.names();
    }

    public void restore(String storedName, InputStream bytes) throws IOException {
        store.restore(storedName, bytes);
    }
}
