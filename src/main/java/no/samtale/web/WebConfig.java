package no.samtale.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samtale.web")
public interface WebConfig {

    /** The neutral site the quick-exit button leaves for. */
    @WithDefault("https://www.yr.no/")
    String quickExitUrl();
}
