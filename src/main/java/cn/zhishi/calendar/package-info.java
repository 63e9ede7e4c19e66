/**
 * The working-day calendar: China's public holidays and adjusted working days (调休) as published
 * each year by the General Office of the State Council, shipped as data (migration V3_1) and editable
 * by the organisation admin for new years. Every working-day computation goes through {@link
 * cn.zhishi.calendar.WorkCalendar}.
 */
package cn.zhishi.calendar;
