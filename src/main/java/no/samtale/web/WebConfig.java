package no.samtale.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samtale.web")
public interface WebConfig {

    /** The neutral site the quick-exit button leaves for. */
    @WithDefault("https://www.yr.no/")
    String quickExitUrl();

    /** The service's public address, for absolute links (the Atom feed) and the allowed WebSocket origin. */
    @WithDefault("http://localhost:8080")
    String publicOrigin();
}
