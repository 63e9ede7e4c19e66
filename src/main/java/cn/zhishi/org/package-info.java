/**
 * The organisation: regions and units as one tree (单位树), each unit's leadership team (领导班子)
 * and posts (职位), and jurisdictions (管辖范围) as sets of subtrees. Who holds a post is the
 * cadre module's knowledge, reached through {@link cn.zhishi.org.PostHolderLookup}.
 */
package cn.zhishi.org;
