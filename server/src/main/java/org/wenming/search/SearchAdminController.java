package org.wenming.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

/** Search administration (banner ADMIN only): status, full rebuild with progress, reconcile. */
@RequiresRole(value = Role.ADMIN, banner = true)
@RestController
@RequestMapping("/api/admin/v1/search")
class SearchAdminController {

    private final SearchAdminService admin;
    private final SearchReindexer reindexer;

    public SearchAdminController(SearchAdminService admin, SearchReindexer reindexer) {
        this.admin = admin;
        this.reindexer = reindexer;
    }

    @GetMapping("/status")
    public SearchStatus status() {
        return admin.status();
    }

    @PostMapping("/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReindexProgress reindex(Actor actor) {
        return admin.reindex(actor);
    }

    @GetMapping("/reindex/{id}")
    public ReindexProgress reindexProgress(@PathVariable long id) {
        return reindexer.progress(id);
    }

    @PostMapping("/reconcile")
    public SearchReconciler.ReconcileReport reconcile(Actor actor) {
        return admin.reconcile(actor);
    }
}
