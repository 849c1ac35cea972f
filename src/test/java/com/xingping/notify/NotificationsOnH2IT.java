package com.xingping.notify;

class NotificationsOnH2IT extends NotificationsContract {
}
