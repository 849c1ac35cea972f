package com.xingping.identity;

class RouteMatrixOnH2IT extends RouteMatrixContract {
}
