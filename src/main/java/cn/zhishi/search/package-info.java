/**
 * 智能搜索: free text plus conditions over every cadre of the user's jurisdiction. One Lucene document
 * per cadre (see {@link cn.zhishi.search.SearchFields}) carries the cadre's attributes and the text of
 * the file and of the work history (résumé, monthly performance records, talk notes, tags), analysed
 * twice: smartcn words for ranking and character bigrams for exact Chinese phrases. The index follows
 * every write through {@link cn.zhishi.cadre.CadreFileChanged} after commit, is rebuilt after bulk loads
 * and by {@code --command=reindex}, and checks at start-up that it was built from this database.
 */
package cn.zhishi.search;
