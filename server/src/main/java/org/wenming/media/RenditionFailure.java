package org.wenming.media;

/** Why a rendition could not be made, in Chinese for the console; the job is marked failed with it. */
class RenditionFailure extends RuntimeException {

    RenditionFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
