package com.xingping.reform;

class ReformOnH2IT extends ReformContract {
}
