package com.xingping.identity;

class LockoutOnH2IT extends LockoutContract {
}
