package com.xingping.results;

class NoticeOnH2IT extends NoticeContract {
}
