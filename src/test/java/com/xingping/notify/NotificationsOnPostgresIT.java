package com.xingping.notify;

import com.xingping.support.OnPostgres;

@OnPostgres
class NotificationsOnPostgresIT extends NotificationsContract {
}
