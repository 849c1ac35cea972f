package com.xingping.identity;

import java.util.regex.Pattern;

import com.xingping.kernel.Refusal;

/** An account's optional e-mail address: blank is none; else one address, local@domain, without spaces. */
final class Emails {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    static String checked(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new Refusal("email", "电子邮箱格式不对：" + address + "（应如 zhangsan@example.cn）");
        }
        return address;
    }
}
