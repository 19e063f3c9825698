package org.wenming.miniapp.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Residents' login and their own account. */
@RestController
@RequestMapping("/api/mini/v1")
class MiniAuthController {

    private static final long MAX_AVATAR_BYTES = 2L * 1024 * 1024;

    private final ResidentService residents;

    public MiniAuthController(ResidentService residents) {
        this.residents = residents;
    }

    @PostMapping("/auth/login")
    public MiniAuthRequests.LoginResult login(
            @Valid @RequestBody MiniAuthRequests.Login body, HttpServletRequest request) {
        return residents.login(body.code().strip(), request.getRemoteAddr());
    }

    /** Ends this token; answers 204 for an unknown token too, so logging out twice is harmless. */
    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logout(HttpServletRequest request) {
        ResidentArgumentResolver.bearerToken(request).ifPresent(residents::logout);
    }

    @GetMapping("/me")
    public ResidentView me(ResidentPrincipal resident) {
        return residents.me(resident);
    }

    @PutMapping("/me/profile")
    public ResidentView profile(ResidentPrincipal resident, @Valid @RequestBody MiniAuthRequests.Profile body) {
        return residents.setNickname(resident, body.nickname());
    }

    @PostMapping("/me/avatar")
    public ResidentView avatar(ResidentPrincipal resident, @RequestParam("file") MultipartFile file) {
        return residents.setAvatar(resident, file, MAX_AVATAR_BYTES);
    }

    @PostMapping("/me/phone")
    public ResidentView phone(ResidentPrincipal resident, @Valid @RequestBody MiniAuthRequests.Phone body) {
        return residents.bindPhone(resident, body.code().strip());
    }
}
