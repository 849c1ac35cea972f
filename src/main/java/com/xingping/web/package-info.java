/** Web concerns shared by every feature: error answers for pages and the API, the clock. */
package com.xingping.web;
