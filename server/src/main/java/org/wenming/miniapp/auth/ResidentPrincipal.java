package org.wenming.miniapp.auth;

/**
 * The resident a mini-program request acts for, resolved from its {@code Authorization: Bearer} token.
 * Declare it as a controller parameter to require a signed-in resident.
 */
public record ResidentPrincipal(long id, String openid, String ip) {}
