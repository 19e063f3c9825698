package org.wenming.miniapp.share;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.miniapp.limit.RateLimits;

/** The share poster of a public item, for residents to save and post to Moments. */
@RestController
class SharePosterController {

    private final SharePosterService posters;
    private final RateLimits limits;

    public SharePosterController(SharePosterService posters, RateLimits limits) {
        this.posters = posters;
        this.limits = limits;
    }

    @GetMapping("/api/mini/v1/contents/{id}/share-poster")
    public ResponseEntity<byte[]> poster(@PathVariable long id, HttpServletRequest request) {
        limits.checkIp(RateLimits.Kind.ACTION, request.getRemoteAddr());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(posters.poster(id));
    }
}
