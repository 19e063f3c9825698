package org.wenming.user;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.audit.AuditService;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;

@RestController
@RequestMapping("/api/admin/v1/auth")
class AuthController {

    private final LoginService login;
    private final SignInSessions sessions;
    private final SecurityContextRepository contextRepository;
    private final AuditService audit;

    public AuthController(
            LoginService login,
            SignInSessions sessions,
            SecurityContextRepository contextRepository,
            AuditService audit) {
        this.login = login;
        this.sessions = sessions;
        this.contextRepository = contextRepository;
        this.audit = audit;
    }

    /** Signs in and starts a fresh session (a session id known before login is never reused). */
    @Operation(summary = "管理员登录")
    @PostMapping("/login")
    public UserView login(
            @Valid @RequestBody LoginRequest request,
            HttpServletRequest httpRequest,
            HttpServletResponse httpResponse) {
        Actor actor = login.authenticate(request.username(), request.password(), httpRequest.getRemoteAddr());
        HttpSession previous = httpRequest.getSession(false);
        if (previous != null) {
            sessions.signedOut(SignInSessions.currentId(httpRequest));
            previous.invalidate();
        }
        sessions.open(actor, httpRequest, httpRequest.getSession(true));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(actor.authentication());
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, httpRequest, httpResponse);
        return UserView.of(actor);
    }

    @RequiresRole
    @Operation(summary = "管理员退出登录")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logout(Actor actor, HttpServletRequest request) {
        audit.record(actor, "LOGOUT", "USER", actor.id(), null);
        sessions.signedOut(SignInSessions.currentId(request));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    /**
     * Changes the caller's own password. The account's other sessions (another computer, a forgotten browser)
     * end; this one goes on under a new session id.
     */
    @RequiresRole
    @Operation(summary = "修改本人密码（同时结束本账号的其他登录）")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeOwnPassword(
            Actor actor,
            @Valid @RequestBody OwnPasswordRequest request,
            HttpServletRequest httpRequest,
            HttpServletResponse httpResponse) {
        Actor changed = login.changeOwnPassword(
                actor, request.currentPassword(), request.newPassword(), httpRequest.getRemoteAddr());
        sessions.endAllBut(actor.id(), SignInSessions.currentId(httpRequest));
        httpRequest.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(changed.authentication());
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, httpRequest, httpResponse);
    }

    /** Where the caller is signed in: their live sessions, this one marked {@code current}. */
    @RequiresRole
    @Operation(summary = "本人的登录设备（当前会话标记为 current）")
    @GetMapping("/sessions")
    public List<SignInSessionView> sessions(Actor actor, HttpServletRequest request) {
        return sessions.list(actor, SignInSessions.currentId(request));
    }

    /** Signs one of the caller's own sessions out, on whichever instance it lives, at its next request. */
    @RequiresRole
    @Operation(summary = "退出本人的一个登录设备")
    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void endSession(Actor actor, @PathVariable String id) {
        sessions.end(actor, id);
        audit.record(actor, "SESSION_END", "USER", actor.id(), null);
    }

    /**
     * Whether a session is open, and for whom. The console asks this on start; unlike {@code me} it answers
     * 200 to a visitor who is not signed in, so opening the login page logs no failed request.
     */
    @Operation(summary = "当前会话状态（未登录也可调用）")
    @GetMapping("/session")
    public SessionView session() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return new SessionView(true, UserView.of(actor));
        }
        return new SessionView(false, null);
    }

    public record SessionView(boolean authenticated, UserView user) {}

    @RequiresRole
    @Operation(summary = "当前登录的管理员")
    @GetMapping("/me")
    public UserView me(Actor actor) {
        return UserView.of(actor);
    }

    /** Issues the CSRF token (also set as the XSRF-TOKEN cookie) that every admin write must echo. */
    @Operation(summary = "获取 CSRF 令牌")
    @GetMapping("/csrf")
    public Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }
}
