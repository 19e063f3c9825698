package org.wenming.common.security;

import java.util.Optional;

/** Loads the current state of an administrator account; empty when it is gone or disabled. */
public interface ActorLoader {

    Optional<Actor> load(long userId);
}
