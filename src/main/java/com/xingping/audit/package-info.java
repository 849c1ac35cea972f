/** The append-only audit log: who changed what, when, from where, before and after. */
package com.xingping.audit;
