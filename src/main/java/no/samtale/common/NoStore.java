package no.samtale.common;

import jakarta.ws.rs.core.CacheControl;

/** For every answer that shows a code or receipt: no browser or proxy may keep a copy. */
public final class NoStore {

    private NoStore() {
    }

    public static CacheControl cacheControl() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
