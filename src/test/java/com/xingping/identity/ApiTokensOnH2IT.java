package com.xingping.identity;

class ApiTokensOnH2IT extends ApiTokensContract {
}
