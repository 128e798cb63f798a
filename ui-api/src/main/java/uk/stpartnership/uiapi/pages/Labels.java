package uk.stpartnership.uiapi.pages;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Words the pages show that a partnership chooses (platform.labels): DOMAIN.md says where a partnership may say
 * "perpetrator" rather than "person causing harm".
 */
@ConfigurationProperties("platform.labels")
public record Labels(String serviceName, String personCausingHarm, String victimSurvivor) {
}
