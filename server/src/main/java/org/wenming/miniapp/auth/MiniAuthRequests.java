package org.wenming.miniapp.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the residents' account endpoints. */
final class MiniAuthRequests {

    private MiniAuthRequests() {}

    /** {@code code} from wx.login. */
    public record Login(
            @NotBlank(message = "缺少登录凭证 code") @Size(max = 128)
            String code) {}

    /** {@code code} from the getPhoneNumber button. */
    public record Phone(
            @NotBlank(message = "缺少手机号授权凭证 code") @Size(max = 128)
            String code) {}

    public record Profile(
            @NotBlank(message = "昵称不能为空") @Size(max = 32, message = "昵称不能超过 32 个字")
            String nickname) {}

    /** {@code expiresIn}: seconds of inactivity after which the token ends. */
    public record LoginResult(String token, long expiresIn, boolean newResident, ResidentView resident) {}
}
