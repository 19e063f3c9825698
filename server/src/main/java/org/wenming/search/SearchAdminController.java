package org.wenming.search;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "搜索引擎与同步状态")
    @GetMapping("/status")
    public SearchStatus status() {
        return admin.status();
    }

    @Operation(summary = "开始重建搜索索引")
    @PostMapping("/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReindexProgress reindex(Actor actor) {
        return admin.reindex(actor);
    }

    @Operation(summary = "索引重建进度")
    @GetMapping("/reindex/{id}")
    public ReindexProgress reindexProgress(@PathVariable long id) {
        return reindexer.progress(id);
    }

    @Operation(summary = "核对并修复搜索索引")
    @PostMapping("/reconcile")
    public SearchReconciler.ReconcileReport reconcile(Actor actor) {
        return admin.reconcile(actor);
    }
}
