package org.wenming.miniapp.auth;

/** What a resident sees of their own account; the phone number is masked and the session key never appears. */
record ResidentView(long id, String nickname, String avatarUrl, String phone) {

    static ResidentView of(Resident resident, String publicBaseUrl) {
        String avatar = resident.getAvatarUrl();
        return new ResidentView(
                resident.getId(),
                resident.getNickname(),
                avatar != null && avatar.startsWith("/") ? publicBaseUrl + avatar : avatar,
                mask(resident.getPhone()));
    }

    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
