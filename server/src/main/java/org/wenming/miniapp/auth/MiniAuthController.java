package org.wenming.miniapp.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
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

    @Operation(summary = "小程序登录（wx.login 的 code 换令牌）")
    @PostMapping("/auth/login")
    public MiniAuthRequests.LoginResult login(
            @Valid @RequestBody MiniAuthRequests.Login body, HttpServletRequest request) {
        return residents.login(body.code().strip(), request.getRemoteAddr());
    }

    /** Ends this token; answers 204 for an unknown token too, so logging out twice is harmless. */
    @Operation(summary = "小程序退出登录（令牌失效）")
    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logout(HttpServletRequest request) {
        ResidentArgumentResolver.bearerToken(request).ifPresent(residents::logout);
    }

    @Operation(summary = "我的资料")
    @GetMapping("/me")
    public ResidentView me(ResidentPrincipal resident) {
        return residents.me(resident);
    }

    @Operation(summary = "修改昵称等资料")
    @PutMapping("/me/profile")
    public ResidentView profile(ResidentPrincipal resident, @Valid @RequestBody MiniAuthRequests.Profile body) {
        return residents.setNickname(resident, body.nickname());
    }

    @Operation(
            summary = "上传头像",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "multipart/form-data",
                                            schema =
                                                    @Schema(
                                                            type = "object",
                                                            requiredProperties = {"file"}),
                                            schemaProperties = {
                                                @SchemaProperty(
                                                        name = "file",
                                                        schema =
                                                                @Schema(
                                                                        type = "string",
                                                                        format = "binary",
                                                                        description = "PNG、JPEG 或 WebP"))
                                            })))
    @PostMapping("/me/avatar")
    public ResidentView avatar(
            ResidentPrincipal resident, @Parameter(hidden = true) @RequestParam("file") MultipartFile file) {
        return residents.setAvatar(resident, file, MAX_AVATAR_BYTES);
    }

    @Operation(summary = "绑定手机号")
    @PostMapping("/me/phone")
    public ResidentView phone(ResidentPrincipal resident, @Valid @RequestBody MiniAuthRequests.Phone body) {
        return residents.bindPhone(resident, body.code().strip());
    }
}
