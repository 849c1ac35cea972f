package com.xingping.web;

class FuzzOnH2IT extends FuzzContract {
}
