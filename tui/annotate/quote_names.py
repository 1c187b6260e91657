"""First names by usual gender, to resolve "he"/"she" to a person and to tell people from places.

Generated (development time only, not a run-time dependency) from the person providers of Faker
40.x (MIT licence), all locales, Latin script; names listed under both genders are in
``UNISEX``; words that are more often places, titles, months or compass points ("Georgia",
"General", "May", "North") and country/state names are left out. Rebuild: ``pip download --no-deps faker``, unzip, and run the script in the
docstring of ``_build`` below.
"""

from __future__ import annotations

from functools import lru_cache

_MALE = """
Aaden Aadi Aage Aapo Aarav Aarnav Aarne Aaro Aaron Aarush Aarón Aatos Aayush Ab Abayomi Abb
Abbas Abbos Abbott Abdalla Abdallah Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane Abdiel
Abdihakim Abdirahman Abdiş Abdu Abduaziz Abduboriy Abdul Abdulbekir Abdulgazi Abdulhamid
Abdulkadir Abdullah Abdullahi Abdulloh Abdulmenaf Abdulsemet Abdumalik Abdurahmon Abdurrahman
Abdón Abdülahat Abdülcemal Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abe Abednego Abeer Abeiku
Abel Abelardo Abhimanyu Abhiram Abid Abie Abilio Abiodun Abiona Abner Abraham Abram Abror
Abubakar Abubakr Abuzar Abyasa Acar Ace Acey Achiel Achille Achim Acie Aclan Acy Adak Adalbert
Adalberto Adam Adamo Adams Adan Adasal Add Addi Adebiyi Adebowale Adedayo Adedeji Adekitan
Adekola Adekunle Adelard Adelardo Adelbert Adeleke Adelin Adelmo Adem Aden Adeniyi Adeolu Adeoti
Aderopo Adeshina Adesoji Adetayo Adeyi Adhiarja Adi Adiarja Adigun Adika Adikara Adil Adin
Adinata Adis Aditya Adlai Adlan Admir Admiral Adnan Adolf Adolfo Adolph Adolphe Adolphus Adonis
Adrain Adriaan Adrian Adriano Adriel Adrien Adrián Adron Adrían Adríel Advaith Advay Advik Adán
Adíel Adólf Adıgün Aedan Aengus Afer Afil Afiq Afolarin Afonso Afrim Aftin Agapito Agastya
Aggrey Agim Agnar Agne Agni Agnolo Agnos Agostino Agris Agron Agus Agustin Agustus Agustín Ah
Ahat Ahmad Ahmet Ahsen Ahti Aidan Aiden Aidyn Aigars Aijuka Aimable Aime Aimo Aimé Ainārs Aitor
Aivar Aivars Ajala Ajan Ajani Ajiman Ajimat Ajimin Ajiono Akalan Akanmu Akar Akarsana Akatay
Akbar Akbaş Akboğa Akcivan Akdora Akdurmuş Akeem Akgöl Aki Akif Akinkunmi Akinlabi Akinwale
Akkerman Akmal Akmaner Akobir Akram Aksay Aksel Akseli Akshay Aksöğüt Aktemür Akver Akwasi
Akwesi Akçabay Akçasu Aköz Akınal Al Alaaddin Alade Aladin Aladino Alaeddin Alain Alambana
Alamiro Alamu Alan Alanalp Alanzo Alastair Alattin Alban Albano Albeiro Alberico Albert Alberto
Alberts Albertus Albin Albino Albion Albrecht Alby Albín Alcan Alcee Alcide Alcides Aldair Aldar
Aldemar Alden Alderano Aldin Aldis Aldo Alec Aleck Aleix Alejandro Alejo Alek Aleks Aleksandar
Aleksander Aleksandr Aleksandrs Aleksanteri Aleksei Aleksej Aleksi Alen Aleodor Alessandro
Alessio Alexandar Alexande Alexander Alexandre Alexandro Alexandros Alexandru Alexe Alexei
Alexej Alexi Alexzander Alexíus Aleš Alf Alferd Alfie Alfio Alfons Alfonse Alfonso Alfonz
Alfonzo Alford Alfred Alfredo Alfreð Alfréd Alfrēds Alger Algernon Algie Algot Aliabbas Aliihsan
Alijah Alin Alinur Alirio Aliro Aliseydi Alistair Alistar Alister Aliyu Aljaž Aljoša Alkor
Allahverdi Allan Allen Alli Allyn Almar Almer Almir Almon Almond Almus Alois Alojz Alojzij
Alonso Alonza Alonzo Aloys Aloysius Aloïs Alparslan Alpcan Alpheus Alphonce Alphons Alphonse
Alphonso Alphonsus Alpin Alpsü Alrekur Alston Altin Alto Alton Altoğan Altuğ Altınkaya Altınışın
Alvah Alvan Alvar Alvaro Alve Alveiro Alver Alvia Alvie Alvin Alvis Alvy Alwin Amadeo Amadeus
Amado Amador Amancio Amando Amar Amare Amarion Amaro Amaru Amasa Amaury Amaç Ambers Ambrose
Ambrosio Ambróz Amedeo Amedeu Americo Amerigo Amico Amil Amin Amine Amir Amit Amleto Ammon Amol
Amon Among Amos Amri Amza Américo Amílcar Amír Anacleto Ananias Anar Anaru Anas Anastacio
Anastasio Anastasios Anatol Anatole Anatoli Anatolie Anatolij Anay Ancel Ancil Ancizar Anders
Anderson Andile Andiç Andon Andor Andrae Andre Andreas Andree Andrei Andrej Andrejs Andres
Andrew Andrey Andrešs Andri Andrian Andrija Andrin Andris Andrus Andrzej András André Andréas
Andrés Andwele Andy Anej Anes Anfernee Anfinn Angantýr Angavu Ange Angelino Angelo Anggabaya
Anghel Angi Angus Anh Anibal Anicet Anirudh Anis Anjolaoluwa Anmol Annak Annar Annarr Annas
Annel Annes Annibale Anom Anoni Ansaldo Ansel Anselm Anselmo Ansgar Ansh Ansis Anson Anssi Antal
Ante Antero Anthoney Anthony Antim Antione Anto Antoin Antoine Anton Antone Antonello Antoni
Antonin Antonino Antonio Antonios Antoniu Antonius Antons Antony Antonín Antoníus Antoon Ants
Antti Antun Antwain Antwan Antwon António Antônio Anvar Anwar Anyelo Aníbal Anže Aodhan Aongus
Apaydın Apolinar Apollo Apostolos Aqil Aquiles Aran Aras Arba Arben Arbey Arbie Arbnor Arcan
Arch Archer Archibald Archie Arda Ardian Ardit Arent Ares Arezki Argemiro Argono Argu Ari Arian
Aribert Aric Arif Arifcan Ariki Arild Arilíus Arin Arinbjörn Aristide Aristides Arjun Arkadiusz
Arkut Arlan Arland Arlen Arlin Arlind Arlington Arlis Arlo Arlyn Arman Armand Armando Armands
Armas Armend Armin Armond Armstead Arnald Arnaldo Arnaldur Arnar Arnau Arnaud Arnav Arnberg
Arnbergur Arnbjörn Arnd Arndt Arndór Arne Arnes Arnett Arnfinnur Arnfreyr Arnfried Arngeir
Arngils Arngrímur Arnie Arnim Arnis Arnkell Arnlaugur Arnleifur Arnljótur Arnmundur Arnmóður
Arno Arnoddur Arnold Arnoldo Arnolds Arnošt Arnsteinn Arnulf Arnulfo Arnviður Arnór Arnúlfur
Arnþór Aron Arpağ Arpád Arran Arron Arsenie Arsenio Arsim Arsipatra Art Artan Artanto Artawan
Artemio Arther Arthor Arthur Arthúr Artie Artis Arto Arttu Artturi Artur Arturo Arturs Artúr
Artūrs Aru Arvel Arvid Arvil Arvin Arvo Arvīds Aryan Aríel Aríus Arıel Arıkol Arısoy Asa Asad
Asael Asafe Asalet Asani Asberry Asbjørn Asbury Asdrubal Asger Ashby Asher Asif Asilbek Asirwada
Asirwanda Asko Askur Aslan Aslanhan Aslijan Asmadi Asman Asmianto Asmuni Aspar Assar Aston
Astrit Aswani Asım Atabala Atagün Atalay Atamoğlan Atasagun Atatöre Atenulf Atgun Athanasios
Atharv Athman Athuman Athumani Atila Atilhan Atilio Atlas Atli Atma Atmaja Atnan Atte Atticus
Attila Attilio Atılgan Aubra Audley Audy Augustin Augustine Augusto Augusts Augustus Augustín
Aukusti Aulis Aurel Aurelian Aureliano Aurelien Aurelio Aurică Aurthur Aurélien Austar Austen
Austine Austmann Austmar Auston Austri Austyn Auther Author Authur Autry Auðbergur Auðbert
Auðbjörn Auðgeir Auðkell Auðmundur Auðun Auðunn Auðólfur Avelino Avery Avgust Avi Avon Avram
Avşin Axel Axinte Ayaan Ayaydın Aybora Ayden Aydin Aydinç Aydın Aydınbey Aygutalp Ayinde
Aykutalp Ayman Aymen Aymeric Ayodeji Ayodele Ayoub Aypar Aysoy Aytek Aytuna Ayub Ayush Ayushman
Ayvas Ayşan Azaan Azad Azeglio Azettin Aziz Azizi Açıkel Aðalberg Aðalbergur Aðalbert Aðalbjörn
Aðalborgar Aðalgeir Aðalmundur Aðalráður Aðalsteinn Aðólf Ağa Ağahadi Ağakişi Ağamalı Ağamusa
Ağaxan Ağmur Aşir Baba Babasola Babatunji Babawale Babe Babyboy Baccio Bachittar Bagas Bagiya
Bagus Bagya Bahaddin Bahadurjit Bahadır Bahati Bahittin Bahuraksa Bahuwarna Bahuwirya Bailie
Bairon Bajragin Bajram Bakari Bakda Baker Bakhshi Baki Bakiadi Bakianto Bakidin Bakijan Bakiman
Bakiono Bakti Baktiadi Baktianto Baktiono Bala Balamantri Balangga Balapati Balatekin Baldassare
Baldomero Balduino Baldur Baldvin Baldwin Bale Balendra Balhaar Bali Balidin Balijan Balinda
Baljiwan Ballard Baltasar Baltazar Baltaş Balthasar Balvan Balveer Balz Balázs Bambang Banara
Banawa Banawi Bancar Bandile Banjeet Banks Baptist Baptiste Barak Baraka Barasa Barbu Baris
Bariş Barna Barnabás Barnard Barnett Barney Barnie Barrett Barri Barrie Barron Barry Barsen Bart
Bartek Bartholomew Bartholomäus Bartley Bartolomej Bartolomeo Bartolomeu Bartolomé Barton Barði
Barışcan Bas Basarab Bascom Bashkim Basil Basile Basilio Bassi Bastiaan Bastian Bastien Bastián
Bastían Basım Baturay Batırhan Baudelio Baudouin Baugur Bautista Baxter Bayard Baydu Baykan
Bayman Bayram Bayron Bayruhan Baytal Bayzettin Bağdaş Başay Başhan Başok Beat Beau Beauden
Beckett Beckham Bedford Bedi Bedri Bedřich Beecher Behrem Behruz Beinir Beinteinn Beitir Bekan
Bekbay Bekim Bekir Bektaşi Bela Belarmino Belisario Bellisan Bello Belo Belton Ben Benard Bence
Bendegúz Benedek Benedetto Benedict Benedicto Benedikt Bengibay Bengt Beni Beniamin Benicio
Benidikt Benigno Benito Benjaman Benjamen Benjamim Benjamin Benjamine Benjamín Benji Benjiman
Benjman Benjámin Benn Bennett Benno Benny Benoit Benol Benone Benoný Benoît Benson Bent Bentley
Bento Benton Benvenuto Benício Benóní Benóný Beppe Berat Beren Berend Berent Berg Bergfinnur
Berghreinn Bergjón Bergmann Bergmar Bergmundur Bergsteinn Bergsveinn Bergur Bergvin Bergþór
Berkal Berki Berkley Berksay Bernabé Bernard Bernardino Bernardo Bernd Berndt Bernfried Bernhard
Bernharð Bernharður Berni Bernie Bernt Bernward Bernódus Berran Berry Bersi Bert Bertalan Bertel
Berthold Bertil Berto Bertold Berton Bertram Bertrand Besart Beshte Besim Besin Besnik Bessi
Bett Betúel Bevan Beyda Beyler Beyzade Beňadik Bhekani Biagio Bibuwa Bican Biel Bilal Bilender
Bilgen Bilgütay Bill Bilol Biltaş Binbaşar Binışık Birger Birgir Birkir Birnir Birsen Birt
Birtingur Birtir Bişar Bjargar Bjargmundur Bjargþór Bjarkan Bjarkar Bjarki Bjarmar Bjarmi
Bjarnar Bjarne Bjarnfinnur Bjarnfreður Bjarnharður Bjarnhéðinn Bjarni Bjarnlaugur Bjarnleifur
Bjarnsteinn Bjarnólfur Bjarnþór Bjartmann Bjartmar Bjartur Bjartþór Bjorn Bjólan Bjólfur
Björgmundur Björgvin Björgólfur Björgúlfur Björn Björnólfur Bjørn Bladimir Blahoslav Blain
Blaine Blaise Blanchard Blane Blas Blaze Blaž Blažej Blerim Bliss Bluford Blængur Blævar Boaz
Bob Boban Bobur Bode Bodhi Bodo Boe Bogdan Bogi Bogomir Bohdan Bohumil Bohumír Bohuslav Bohuš
Bojan Bolden Boleslav Bolli Bonface Boniface Bonifacio Bonifác Booker Boone Borahan Borataş
Borgar Borgúlfur Borgþór Boris Borja Borris Borut Borys Bose Boss Boston Botond Bowman Boyce
Boyd Boynak Boysie Bozbağ Bozerk Boztaş Boði Boğatimur Bořivoj Boštjan Božo Brad Braden Bradford
Bradley Bradly Brady Bradyn Braeden Braedon Bragi Brahim Braiden Brain Bram Bramwel Branch
Brandan Branden Brandin Brandt Brandur Brandyn Branislav Branko Brannon Branson Brant Brantley
Braulio Bravin Braxton Brayan Brayden Braydon Braylen Braylon Breandan Brecht Breki Brencis
Brendan Brenden Brendon Brennan Brennen Brennon Breno Brent Brenton Bresi Brestir Bret Brian
Brice Bridger Briek Brien Brieuc Brijesh Brimar Brimi Brimir Brion Britton Brjánn Brock Broddi
Broderick Brodie Brody Bronson Brooks Bror Bruce Bruno Bryan Bryant Bryce Brycen Bryngeir
Brynjar Brynjólfur Brynjúlfur Brynleifur Brynsteinn Bryntýr Brynþór Bryon Bryson Bryton Brími
Brăduț Buck Bucur Bud Budd Buddie Buddy Budi Buel Buell Buenaventura Buford Buhari Bujar Bulunç
Bunk Burak Burakhan Burckhard Burdette Buren Burgess Burghard Burim Burk Burkard Burke Burkhard
Burkhardt Burkni Burl Burleigh Burley Burnell Burnett Burney Burnie Burns Burr Burrel Burrell
Burt Burton Burç Bush Buster Butch Butler Buyrukhan Bynum Byron Bystrík Bálint Bárður Bæring
Bæringur Bæron Béla Bóas Bói Bótólfur Börje Börkur Börteçin Böðvar Bøje Børge Búi Búri Büget
Bünyamün Bănel Bērends Bērtulis Błażej Břetislav Cabbar Cabir Cade Caden Cael Caesar Cagak Cager
Cahal Cahangir Cahir Cahya Cahyadi Cahyanto Cahyo Cahyono Caiden Cailum Cain Caio Caius Caket
Cakrabirawa Cakrabuana Cakrajiya Cakrawala Cakrawangsa Cal Calcedonio Cale Caleb Calebe Calhoun
Calisto Calixto Callan Callum Calogero Calum Calvin Calvince Cam Camden Camil Camillo Camillus
Camilo Campo Camren Camron Can Canal Canberk Candelario Candeniz Candido Candra Candrakanta
Cangür Canice Cannon Cansin Cantemir Cantez Canyon Caoimhin Caolain Caolan Caomhan Cap Capa
Caraka Carl Carleton Carlisle Carlito Carlo Carlos Carlton Carlyle Carmelo Carnell Carsen
Carsten Carter Carub Cas Case Casemiro Casen Cash Casian Casimer Casimir Casimiro Cason Caspar
Casper Cass Cassius Caswell Cathal Catur Caturangga Cauã Cauê Cavad Cavid Cavit Cawisadi
Cawisono Cawuk Cayadi Cayden Cayetano Cazimir Ceasar Cebesoy Cebrián Cecep Cecil Cecilio Cedric
Cedrick Cedrin Ceferino Celal Celestino Celilay Celso Cem Cemal Cemalettin Cemani Cemeti Cemil
Cemplunk Cenan Cengiz Cengkal Cengkir Cephus Cercis Cesar Cesare Cetin Cevheri Ceylon Cezar
Cezary Cezayir Chabane Chace Chadd Chadrick Chadwick Chaim Chaitanya Chakradev Chakradhar
Chalmer Chalmers Champ Champak Chanakya Chance Chancey Chancy Chandran Chandresh Charan Charle
Charles Charls Charlton Charly Chas Chatresh Chatura Chauncey Chauncy Chaz Che Chege Chema
Cherif Cheruiyot Chesley Chet Cheusi Chibuzo Chigozie Chijioke Chin Chinedu Chip Christ Christer
Christiaan Christion Christof Christofer Christoffer Christop Christoper Christoph Christophe
Christopher Christos Chucho Chuck Chukwudi Chukwuemeka Chuy Châu Cian Cianan Ciaran Cicero
Cihandide Cillian Cindoruk Ciprian Cipriano Ciriaco Ciril Cirillo Cirino Ciro Ciríaco Claas
Clabe Claes Claiborne Clarance Clarence Clark Clarke Clarnce Clas Claud Claudio Claudiu Claudius
Claudy Claus Clavs Clay Clayton Clearence Cleave Clell Clemens Clement Clemente Clemon Cleon
Cleophas Cleto Cletus Cleve Cleveland Clide Cliff Clifford Clifton Clint Clinton Clive Clodomiro
Clovis Cloyd Clyde Cláudio Clément Clímaco Coby Codey Codi Codin Codrin Codruț Cody Coen Cohen
Colbert Colby Cole Coleman Coleton Coley Colie Colin Colins Collie Collier Collin Collince
Collins Collis Colm Colman Colon Colonel Colt Colten Colter Colton Coluccio Colum Columba
Columbus Colvin Commodore Con Conal Conall Conan Conard Conchur Conleth Conley Conn Connell
Conner Connor Conor Conrad Conradin Conrado Constant Constantin Constantine Conway Coolidge
Cooper Corbett Corbin Cord Cordaro Cordell Cordero Corentin Coriolano Cormac Cormack Corneille
Cornel Cornelio Cornelious Cornelis Corneliu Cornelius Cornell Corrado Corry Corsin Cortez
Corvin Corwin Cosimo Cosmas Cosme Cosmin Cosmo Costache Costantino Costanzo Costel Costin Coty
Council Courtland Coy Coşkun Coşqun Craig Crawford Creed Crin Cris Cristea Cristhian Cristhofer
Cristian Cristiano Cristián Cristobal Cristofer Cristofor Cristopher Cristóbal Crockett Csaba
Csongor Ctibor Ctirad Cullen Cuman Curdin Curley Curro Curt Curtis Curtiss Custodio Cvetko
Cyprian Cyprián Cyriel Cyril Cyrill Cyrille Cyrus Czeslaw Cándido Cédric Célestin César Côme
Cümşüd Cüneyit Cýrus Călin Cătălin Daan Dabney Dacian Dacin Dadap Dadi Dag Dagbjartur Dagel
Dagfari Dagfinnur Daggeir Dagmann Dagnýr Dagobert Dagoberto Dagur Dagþór Dai Dainis Dairo Dakoda
Dakotah Daksh Dakshesh Dalan Dalbert Dalbir Daler Dalibor Daliman Dalimin Daliono Dalkılıç Dalli
Dallin Dalmann Dalmar Dalmas Dalton Dalvin Damar Damarcus Damari Damarion Dameon Damian Damiano
Damien Damife Damijan Damion Damir Damián Damjan Damon Damond Damu Dan Danang Dancan Dancun
Dandre Dane Danelíus Dangelo Danial Daniel Daniels Danijel Danilo Daniswara Danival Daniël
Danjuma Dann Danniel Danny Danson Dante Danu Danuja Daníel Daníval Danış Daquan Dardan Darell
Daren Dariati Darien Darijan Darimin Darin Dario Darion Daris Darius Dariusz Darko Darl Darmaji
Darman Darmana Darmanto Darnell Darold Daron Darpan Darran Darrel Darrell Darren Darri Darrian
Darrick Darrien Darrin Darrion Darrius Darron Darry Darryl Darryle Darryll Darryn Darsh Darsirah
Dartono Daru Daruna Darvin Darwin Darwyn Daryani Daryl Daryle Daryn Darío Daríus Dasa Dashawn
Daud Daudi Daulton Daunte Davante Dave Davey Davi Davian David Davide Davie Davin Davion Davis
Davon Davonta Davonte Davor Davorin Davy Davíð Dawid Dawson Dax Daxton Dayar Dayne Dayton Daði
Dağistan Deacon Deaglan Dean Deandre Deane Deangelo Deante Decebal Declan Dedric Dedrick Deegan
Deforest Deiby Deion Dejan Dejon Dejuan Delano Delbert Delfino Delfín Delil Delmar Delmas Delmer
Delmus Delos Delphin Delton Delvin Delwin Demarco Demarcus Demario Demarion Demeter Demetri
Demetric Demetrio Demetrios Demetrius Demian Demilade Demirbüken Demiriz Demirok Demiryürek
Demond Demonte Dempsey Demus Denizalp Denkel Dennis Denny Denton Denver Denzel Denzell Denzil
Deníel Deon Deondre Deonta Deontae Deonte Dequan Derald Dereck Derek Dereon Deric Derick Derik
Derkay Derl Dermot Dermott Deron Derrek Derrell Derrick Derwin Deryl Desean Deshaun Deshawn Desi
Desiderio Desmond Destin Destry Detlef Detlev Dev Devansh Devante Devaughn Deven Deviner Devonta
Devontae Devonte Deward Dewayne Dewitt Dex Dexter Dezider Dezső Değmeer Dhruv Diallo Diar
Diarmaid Diarmuid Dick Dickie Dickson Didier Diederik Diedrich Diego Dierk Dieter Diethard
Diethelm Diether Dietmar Dietrich Digdaya Dijon Diken Dilan Dilder Dillan Dillard Dillion Dillon
Dimas Dimaz Dimitri Dimitrios Dincer Dinis Dink Dino Dinu Dinçkol Dinçsü Diogo Dion Dionicio
Dionigi Dionisio Dionte Dionýz Dipa Dirican Dirja Dirk Dirlik Dismas Ditmar Dittmar Dixon Diyor
Diðrik Djamel Dmitri Dobroslav Doc Dock Dodo Dofri Dogan Doll Dolli Dolph Dolphus Dolun Dom
Domagoj Domen Domenic Domenick Domenico Domhnall Domingo Domingos Dominic Dominick Dominik Don
Donaciano Donagh Donal Donald Donat Donatello Donato Donavan Donavon Dondre Donell Doniyor Donn
Donnacha Donncha Donnell Donny Dono Donough Donovan Donta Dontae Donte Dorel Dorian Dorin
Dorinel Dorman Dorr Dorsey Doru Dorukhan Doss Doug Douglas Douglass Dovud Dow Doyle Dozier
Doğanalp Doğanşah Doğuhan Dragan Drago Dragoș Dragutin Drahomír Drahoslav Drajat Drake Draupnir
Draven Dražen Dreki Drengur Dries Drilon Driton Drury Duane Duard Duarte Dubán Ducu Dudley Duff
Dufgus Dufþakur Dugfús Duilio Duje Duma Dumitru Duncan Dunia Duracan Durante Durdali Durell
Durmuşali Durodola Durrell Dursun Duruk Duruöz Durward Durwood Dusan Dustan Dustin Dustyn Duuk
Duván Duwayne Dušan Dvalinn Dwain Dwaine Dwane Dwayne Dwi Dwight Dwyane Dylano Dyllan Dylon
Dzintars Dániel Dávid Dénes Désiré Díómedes Dómald Dómaldi Dómaldur Dónald Dónaldur Dór Dóri
Dósóþeus Dölensoy Dúi Dúnn Dündaralp Dünyamalı Dýri Dýrmundur Dāvis Dũng Eamon Eamonn Ean Eanna
Earle Earley Early Earnest Easton Eba Ebb Ebbe Ebbi Ebbie Eben Ebeneser Ebenezer Eber Eberg
Eberhard Eberhardt Ebert Ebuakil Ebuka Ecemiş Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Ed
Edd Eddy Edelbert Edelmiro Eder Edgar Edgard Edgardo Edgars Edgübay Edi Edier Edilberto Edilon
Edilson Edin Edinson Edison Edisson Edmon Edmond Edmund Edmundo Edmunds Edoardo Edon Edouard
Edsel Edson Edu Eduar Eduard Eduardo Eduards Edvard Edvin Edvīns Edw Edwar Edward Edwardo Edwin
Edílon Eelis Eemeli Eemil Eerik Eero Eetu Efe Eflâtun Efrain Efraím Efraín Efrem Efren Efrén
Efser Eftimie Ega Egbert Eggert Eggþór Egil Egill Egils Egon Egzon Ehrenfried Ehrhard Eider
Eikar Eilífur Einar Einari Einer Einir Eino Einvarður Einþór Eirik Eiríkur Eitel Eithan Eivin
Eivind Eiðar Eiður Eja Ekalinga Ekansh Ekapad Ekaraj Ekavir Ekbal Ekber Ekene Ekkehard Ekkehart
Ekmel Eko Ekow Ekrem Ekundayo Ekundu El Eladio Elam Elariz Elberg Elbert Elbridge Elby Eldar
Elden Elder Eldgrímur Eldjárn Eldmar Eldon Eldred Eldridge Eldur Eldór Eleazar Elemér Elentínus
Eleodoro Eleuterio Elex Elfar Elfráður Elgün Elhan Eliakimu Elian Elias Elick Elie Eliecer
Eliezer Eliga Eligah Elige Eligio Elihu Elijah Elimar Elinór Elio Eliot Eliott Elis Eliseo Eliud
Elizah Eliáš Elkana Elkin Ell Elladio Ellert Ellery Elliot Elliott Ellison Elliði Ellsworth
Ellwood Ellís Elman Elmar Elmer Elmeri Elmidar Elmir Elmo Elmore Elmārs Elnur Elof Eloi Elon
Elonzo Eloy Elphas Elpidio Elroy Elsworth Elton Elturan Eluh Elvar Elver Elvin Elvis Elwin
Elwood Elwyn Elxan Ely Elyas Elzie Elzy Elçin Elí Elías Elíeser Elímar Elínbergur Elínmundur
Elínór Elís Elöve Elşad Eman Emanoil Emanuel Emanuele Emanuil Emanúel Emas Embrek Embuh Emeka
Emett Emiel Emigdio Emil Emile Emilian Emiliano Emilien Emilio Emin Emiro Emirşan Emit Emmanuel
Emmanúel Emmerich Emmet Emmett Emmit Emmitt Emmons Emong Emory Empluk Emre Emrullah Emry Emīls
Enar Enda Endra Endre Endrit Enes Engelbert Engilbert Engilbjartur Engiljón Engill Engin Enginiz
Enis Ennio Ennis Enno Enoch Enock Enok Enos Enrico Enrique Ensar Ensari Ensio Enteng Enver Enzio
Enzo Eoghan Eoin Ephantus Ephraim Ephram Ephriam Epifanio Eral Eraldo Erasmo Erasmus Erastus
Eraycan Erbil Erby Ercan Ercihan Erdal Erdemer Erdibay Erdogan Erdursun Eremia Eren Erenalp
Erensoy Ergener Erginel Ergönül Ergün Erhard Erhardt Eric Erich Erick Erik Erinçer Erion Erkan
Erkinel Erkki Erksoy Erkılıç Erland Erlar Erle Erlendur Erling Erlingur Ermanis Ermanno
Ermenegildo Ermes Ermutlu Ernest Ernesto Ernests Ernestó Ernie Ernir Ernst Ernő Erol Eron Eroğul
Erpur Errol Ersel Erseç Ertan Erten Ertuncay Ertün Ervin Erving Ervín Erwan Erwin Eryk Eryıldız
Eröz Erşat Esa Esau Esben Esco Esekíel Esenbay Esentürk Esequiel Esjar Esker Eskil Eskinalp Esko
Esley Esneider Espartaco Espen Espiridión Essex Esteban Estefan Estel Estes Estevan Estiawan
Estill Estiono Estiven Eston Esupofo Ethan Ethelbert Ethen Etibar Etienne Etiqad Ettore Euan
Eugen Eugene Eugenio Eugine Eugène Eulogio Eunan Eusebio Eusebiu Eustace Eustaquio Eustațiu
Eutimio Eutropio Evald Evan Evander Evangelos Evans Evaristo Evcimen Evelio Everet Everett
Everette Evert Evertt Evrimer Ewald Ewan Ewart Ewell Ewin Ewing Exequiel Eyberg Eydan Eyjólfur
Eylaugur Eyleifur Eymar Eymundur Eyríkur Eysteinn Eyvar Eyvindur Eyyub Eyyüp Eyþór Ezekiel Ezell
Ezequiel Ezgütekin Ezio Ezra Ezzard Eðvald Eðvar Eðvarð Eşref Faas Faber Fabian Fabien Fabio
Fabián Fabrice Fabricio Fabrisíus Fabrizio Facundo Fadil Fahrullah Faiq Falan Falgeir Falk Falko
Falur Fami Fannar Fannberg Fanngeir Faqid Faraj Faras Fares Farhan Farhod Farid Fariq Faris
Fariz Faron Farouk Farrell Farris Faruk Fate Fatih Fatmir Faton Fatteh Faustino Fausto Fayette
Fazil Fazul Feargal Fearghal Fed Fedde Fedele Federico Federigo Fedor Fehim Feisal Feliciano
Felicien Feliks Felipe Felix Felton Fengur Fenni Fenrir Fenton Ferat Ferd Ferdi Ferdinand
Ferdinando Ferdínand Feremez Ferenc Fergal Fergus Ferhat Ferihan Ferman Fermín Fernand Fernando
Ferney Ferre Ferrell Ferris Fersan Fertram Ferzi Festus Fetullah Feykir Feyruz Feza Fiachra
Fidel Fidelis Fidencio Fielding Fiifi Filip Filipe Filippo Filippus Filit Finbar Finbarr Finian
Finis Finn Finnbjörn Finnbogi Finnegan Finngeir Finnjón Finnlaugur Finnur Finnvarður Fintan
Fiodor Fionan Fionntan Fiorenzo Fiorino Firdavs Firdovsi Firman Firmin Firudin Fisher Fisnik
Fitan Fitim Fito Fitzgerald Fitzhugh Fiyaz Fjalar Fjarki Fjólar Fjólmundur Fjölnir Fjölvar
Fjörnir Flamur Flannan Flavio Flaviu Fleet Flem Fleming Flemming Fletcher Flint Florea Florencio
Florent Florentin Florentino Florian Floridor Florim Florin Floris Florián Flosi Floyd Flurin
Flynn Flóki Flórent Flóvent Foch Fodil Folke Folker Folkert Folu Ford Forni Forrest Fortunato
Fossmar Foster Fount Foy Frado Francesco Franci Francisc Francisco Franciscus Franciszek Franck
Franco Franjo Frank Franklin Frankline Franklyn Franklín Franky Frans František Franz François
Frančišek Fraser Frazer Frazier Fred Freddy Frede Frederic Frederick Frederico Frederik Fredi
Fredie Fredo Fredric Fredrick Fredrik Fredy Freeman Fremont Freybjörn Freygarður Freymar
Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór Fricis Fridolin Fridrich Friedbert
Friedemann Frieder Friedhelm Friedhold Friedo Friedrich Friend Frithjof Fritz Friðberg
Friðbergur Friðbert Friðbjörn Friðfinnur Friðgeir Friðjón Friðlaugur Friðleifur Friðmann Friðmar
Friðmundur Friðrik Friðsteinn Friður Friðvin Friðþjófur Friðþór Frode Froilán Frosti Fryderyk
Fránn Frár Frédéric Frímann Fróði Fróðmar Fulgencio Fuller Fulton Fulvio Funi Furman Fuzayl
Fuzuli Fylkir Fynn Fábio Fáfnir Fálki Félix Fífill Fólki Fúsi Füzuli Gabe Gabin Gabino Gabor
Gabriel Gabriël Gabríel Gada Gadang Gading Gaduh Gael Gaetano Gagan Gage Gaige Gaiman Gaines
Gaither Gal Galak Galang Galar Galasso Galdur Galen Galih Galiono Galip Gallego Galo Galuh Galur
Galvarino Gamalíel Gaman Gamani Gamanto Gambira Gamblang Ganda Gandewa Gandi Ganep Gangsa
Gangsar Gani Ganjaran Gannon Gantar Gara Garan Garang Garda Gardner Garech Gareth Garett Garey
Garfield Garibaldi Garland Garner Garold Garpur Garret Garreth Garrett Garri Garrick Garrison
Garry Garth Garvan Garvin Gary Garðar Gaspar Gaspard Gaspare Gasper Gaston Gastone Gastón
Gathoni Gatis Gatot Gatra Gauge Gaui Gaukur Gaurang Gaurav Gautam Gauthier Gauti Gautrekur
Gautur Gautviður Gavan Gaven Gavin Gavyn Gaylen Gaylon Gaylord Gazel Gazmend Gaël Gaëtan Gašpar
Gbadebo Gbolahan Gbowoade Gearld Gearoid Geary Gebhard Gedion Gee Geert Geir Geirarður
Geirfinnur Geirharður Geirhjörtur Geirhvatur Geiri Geirlaugur Geirleifur Geirmundur Geirröður
Geirtryggur Geirvaldur Geirólfur Geirþjófur Geisli Gejza Gellir Gelu Genaro Gencaslan Gennaro
Geno Gençay Geo Geoff Geoffrey Geoffroy Geofrey Georg George Georgel Georges Georgian Georgios
Geovanni Geovanny Gerald Geraldo Gerard Gerardo Gerardus Geraud Geray Gereon Gerfried Gergely
Gergő Gerhard Gerhardt Gerhart Germain Germán Gernot Gero Gerold Gerolf Geronimo Gerrard Gerrit
Gerson Gert Gervasio Gerwin Gery Gerðar Gerónimo Gestur Ghani Ghenadie Gheorghe Gheorghiță
Ghilas Ghislain Ghiță Giacinto Giacobbe Giacomo Giampaolo Giampiero Gian Giancarlo Gianfrancesco
Gianfranco Gianluca Gianluigi Gianmarco Gianni Gianpaolo Gianpietro Gibson Gicu Gică Gideon Giel
Gifford Gijs Gil Gilang Gilbert Gilberto Gildardo Giles Gilford Gilles Gillis Gilmar Gilmer
Gilmore Gils Gino Ginyas Gioacchino Gioachino Gioele Gioffre Gion Gionata Giorgian Giorgio
Giosuè Giovani Giovanni Giovanny Girik Girindra Girish Girolamo Gisbert Gissur Gitau Githinji
Gitonga Giuliano Giulio Giuseppe Giustino Giz Gizur Gjúki Gladstone Glauco Glendon Glenwood
Glover Glynn Glói Glúmur Gneisti Gnúpur Gnýr Godfrey Godofredo Godwin Goebel Goffredo Goncalo
Gonzalo Gonçalo Gopal Goran Gorazd Gordan Gorden Gordon Gorge Gorm Gottfrid Gottfried Gotthard
Gotthilf Gotthold Gottlieb Gottlob Gottskálk Gottsveinn Goyo Goði Goðmundur Graciano Grady
Graeme Grafton Graham Grani Grankell Grant Granville Graves Graydon Grayling Grayson Graziano
Grațian Greco Greene Greg Grega Greger Gregg Greggory Gregor Gregorian Gregorio Gregory Greipur
Greppur Gretar Grettir Greyson Griffin Griffith Grigore Grove Grover Grzegorz Grégoire Grégory
Grétar Grímar Grímkell Grímlaugur Grímnir Grímur Grímólfur Grímúlfur Guarino Guenter Guenther
Guglielmo Guido Guilford Guilherme Guillaume Guillermo Guiseppe Gumercindo Gumi Gunar Gunbir
Gundolf Guneet Gunnar Gunnberg Gunnbjörn Gunndór Gunner Gunngeir Gunnhallur Gunnlaugur
Gunnleifur Gunnröður Gunnsteinn Gunnvaldur Gunnólfur Gunnóli Gunnþór Guntars Gunter Gunther
Guntis Guntram Gunārs Gurney Gus Guss Gust Gustaaf Gustaf Gustav Gustave Gustavo Gustavus Gustaw
Gustáv Gusztáv Guthrie Gutti Guttormur Guus Guy Guðberg Guðbergur Guðbjarni Guðbjartur Guðbjörn
Guðbrandur Guðfinnur Guðfreður Guðgeir Guðjón Guðlaugur Guðleifur Guðleikur Guðmann Guðmar
Guðmon Guðmundur Guðni Guðráður Guðröður Guðsteinn Guðvarður Guðveigur Guðvin Guðþór Gwenael
Gylfi Gyrðir Gyula György Győző Gzim Gábor Gérald Gérard Géza Gídeon Gígjar Gísli Gói Gökay
Gökbudun Göken Gökhan Göknur Göksev Gökten Gökçebalan Gökçil Gönen Göran Görgünay Görklü Gösta
Göte Götz Gözel Gústaf Gústav Gücal Gülağa Gülbala Gülel Güleğen Gülşahin Gümüştekin Günaydin
Günden Gündüz Gündüzalp Güneri Güngördü Günkurt Günser Günter Günther Günşen Gürarda Gürelcem
Gürsal Güçal Güçlüer Güçyeter Gýgjar Gýmir Habib Habibu Habil Haciali Haddi Haddur Haden Hadi
Hadithi Hadrien Hafberg Hafgrímur Hafiz Hafliði Hafnar Hafni Hafsteinn Hafþór Hagalín Hagbarður
Hagbert Hagen Haiden Hairyanto Hajo Hakan Hakeem Haki Hakikat Hakim Hal Halbert Hale Halid
Halidun Halil Halim Hall Hallberg Hallbjörn Halldór Hallfreður Hallgarður Hallgeir Hallgils
Hallgrímur Hallkell Hallmann Hallmar Hallmundur Hallsteinn Hallur Hallvarður Hallþór Halsey
Haluk Ham Hamar Hami Hamid Hamilton Hamis Hamish Hamisi Hamp Hampton Hampus Hamza Hamzah Handy
Hanedan Hank Hannes Hanni Hannibal Hanno Hanns Hannu Hans Hansel Hansford Hansgeorg Hansjoachim
Hansjörg Hansjürg Hansjürgen Hanson Hanspeter Hansruedi Hanss Hansueli Haralamb Haralambie
Harald Haraldur Harambee Hardana Harden Hardi Hardie Hardik Hardin Harding Hardy Hari Harijs
Harimurti Haris Harish Hariz Harja Harjasa Harjaya Harjo Harl Harlan Harland Harlen Harlie
Harlon Harm Harman Harmon Harol Harold Haroldo Haron Harrell Harri Harrie Harris Harrison Harro
Harrold Harry Harrý Harsana Harsanto Harsaya Harsh Harshil Hart Hartaka Hartana Hartley Hartmann
Hartmut Hartmuth Harto Hartvig Hartwell Hartwig Harun Haruna Harve Harvey Harvie Harvy Hasan
Hasbek Hasim Haskell Hasso Hasta Hatem Hauksteinn Haukur Haukvaldur Hayali Hayes Hayret Hays
Hayward Haywood Hazen Hazrat Heath Heber Hebert Hector Heikir Heikki Heiko Heilmóður Heimir
Heimo Heiner Heinfried Heini Heino Heinrekur Heinrich Heinz Heisi Heitor Heiðar Heiðarr Heiðberg
Heiðbert Heiðlindur Heiðmann Heiðmar Heiðmundur Heiðrekur Hekmet Hektor Helfried Helge Helgi
Heliodoro Hellmut Hellmuth Helmar Helmer Helmut Helmuth Helmút Hemang Hemi Hemmert Hence
Henderson Hendra Hendri Hendrik Henery Henk Henner Henning Henric Henrich Henricus Henrik
Henrikki Henriks Henrique Henry Henryk Henrý Heraclio Heraldo Herb Herbert Herberto Herbjörn
Herfinnur Hergeir Hergill Hergils Heribert Heriberto Herjólfur Herlaugur Herleifur Herluf Herman
Hermanis Hermann Hermanni Hermenegildo Hermes Herminio Hermon Hermundur Hermóður Hernan Hernando
Herney Hernán Herrmann Herschel Hershel Hershell Hersir Hersteinn Hersveinn Heru Hervar
Hervarður Hervey Hervin Hervé Herwig Heryanto Hesbon Heyvetullah Heyward Hezekiah Hezron Hezzie
Hicham Hidde Hideo Hidir Hilal Hilario Hilaríus Hilbert Hildar Hildibergur Hildibrandur
Hildigeir Hildiglúmur Hildimar Hildimundur Hilding Hildingur Hildir Hildiþór Hillard Hillery
Hilliard Hilmar Hilmer Hilmir Hilton Himawan Himri Hindal Hinrich Hinrik Hipólito Hiram Hiroshi
Hitesh Hiçsönmez Hjallkár Hjalmar Hjalmer Hjalte Hjalti Hjarnar Hjálmar Hjálmgeir Hjálmtýr
Hjálmur Hjálmþór Hjörleifur Hjörtur Hjörtþór Hjörvar Hleiðar Hlini Hljómur Hlynur Hlégestur Hlér
Hlífar Hlíðar Hlíðberg Hlöðmundur Hlöður Hlöðvarður Hlöðver Hnefill Hnikar Hnikarr Hoani Hobart
Hobert Hobson Hocine Hoke Holden Holgeir Holger Holland Holm Holmes Holti Homer Homero Honoré
Hoover Horace Horacio Horatio Horațiu Horea Horia Horst Horton Horymír Hosea Hosie Hosteen
Houcine Howard Howell Hoy Hoyt Hoàng Hrafn Hrafnar Hrafnbergur Hrafnkell Hrafntýr Hrannar
Hrappur Hraunar Hredhaan Hreggviður Hreimur Hreinn Hreiðar Hreiðmar Hringur Hritik Hrollaugur
Hrolleifur Hrvoje Hrærekur Hrímnir Hróaldur Hróar Hróbjartur Hrói Hrólfur Hrómundur Hróðgeir
Hróðmar Hróðvar Hróðólfur Hrútur Hubbard Hubert Hubertus Hudavent Hudson Huey Hugberg Hugh
Hughes Hughey Hughie Hugi Huginn Hugleikur Hugo Hugues Hugó Huldar Humberto Humoyun Humphrey
Hunalp Hung Hunor Hunt Hurbert Hurley Huston Huxley Huy Huzuri Hvannar Hyltir Hylur Hyman Hymen
Hynek Hyrum Hákon Háleygur Hálfdan Hálfdán Hámundur Hárekur Hárlaugur Hásteinn Hávar Hávarr
Hávarður Håkan Håkon Håvard Hængur Hænir Héctor Héðinn Híram Hólm Hólmar Hólmbert Hólmfastur
Hólmgeir Hólmgrímur Hólmkell Hólmsteinn Hólmþór Hóseas Högni Hörður Höskuldur Höður Húbert Húgó
Húmi Húnbogi Húni Húnn Húnröður Hükümdar Hürdoğan Hüryaşar Hüseyin Hüseyn Hüseynqulu Hüsmen
Hıfzullah Hưng Iacob Iain Ian Iancu Ianis Ib Ibidapo Ibrani Ibrohim Ibun Ibán Idris Idriz Idık
Ieremia Ifeanyi Ifechukwu Ige Ignace Ignacio Ignacy Ignatius Ignatz Ignaz Ignazio Ignác Igor
Igors Ihaia Ihsan Iisakki Ikbal Ike Ikenna Ikeoluwa Iker Ikhsan Ikin Ilari Ilarie Ilarion
Ildefonso Ilgı Ilhan Ilias Ilie Ilija Ilir Ilja Ilkka Illugi Illya Ilmari Ilmārs Ilyas Ilyes
Imanol Imants Imaran Imer Immanuel Immanúel Immo Imran Imre Imrich Imron Indrajit Indrek Indriði
Indriķis Ingberg Ingbert Ingemar Ingi Ingiberg Ingibergur Ingibert Ingibjartur Ingibjörn
Ingileifur Ingimagn Ingimar Ingimundur Ingivaldur Ingiþór Ingjaldur Ingmar Ingo Ingolf Ingram
Ingvaldur Ingvar Ingvi Ingólfur Ingþór Inioluwa Innocent Inocencio Inocențiu Ioan Ioannis Ion
Ionel Ionică Ionuț Iosif Ippazio Irfan Irinel Irl Irnanto Irsad Irungu Irven Irvin Irvine Irving
Irwan Irwin Isaac Isaack Isaak Isac Isack Isadore Isai Isaiah Isaias Isak Isam Isaque Isaya
Isaías Iseoluwa Isfandiyor Ishaan Isham Ishmael Ishola Ishwar Isiah Isidor Isidore Isidoro
Isidro Islom Ismael Ismail Ismaël Ismet Ismo Ismoil Ismık Isom Isreal Issa Issac Issack Issi
Istvan István Ituri Iulian Iuliu Iurie Iustin Iustinian Ivan Ivano Ivar Ivars Iver Iverson Ivo
Ivor Iván Iwan Iwo Izaiah Izayah Izidor Iztok Iñaki Iľja Işıkay Işıman Jaak Jaakko Jaan Jaanus
Jabal Jabari Jabbar Jabez Jabulani Jace Jacek Jacinto Jack Jackson Jacky Jacob Jacobo Jacobus
Jacoby Jacopo Jacques Jacquez Jader Jadiel Jadon Jaeden Jaeman Jafet Jaga Jagapati Jagaraga
Jagat Jagdish Jagger Jaheem Jaheim Jahiem Jahir Jahongir Jai Jaider Jail Jaiman Jaimie Jair
Jairaj Jairo Jairus Jais Jajuan Jaka Jake Jaki Jakob Jakobe Jakobs Jakop Jakov Jakub Jaleel
Jalen Jalia Jalmari Jalol Jalon Jamaal Jamal Jamar Jamarcus Jamari Jamarion Jame Jameel Jamel
James Jameson Jamil Jamin Jamir Jamison Jamshid Janez Jangwa Jani Janic Janick Janik Jankat
Janko Jannik Jannis Jano Janos Janosch Janus Janusz Japhet Japheth Jaquan Jaquez Jarad Jared
Jaren Jaret Jarett Jari Jarkko Jarl Jarlath Jarleth Jarmo Jarne Jarno Jarod Jarolím Jaromír
Jaron Jaroslav Jaroslaw Jarrad Jarred Jarrell Jarret Jarrett Jarrod Jarvis Jarwa Jarwadi Jarwi
Jase Jasen Jasiah Jasin Jasmani Jason Jasper Jasur Jaswadi Jati Jatin Jatmiko Javan Javen Javi
Javier Javion Javohir Javon Javonte Jax Jaxen Jaxon Jaxson Jaxton Jay Jaya Jayadi Jayce Jaycob
Jaydan Jaydin Jaydon Jayeng Jaylan Jaylon Jaymes Jayson Jayvion Jayvon Jeannot Jeb Jed Jedediah
Jedidiah Jeet Jef Jeferson Jeff Jefferey Jefferson Jeffery Jeffrey Jeffry Jefri Jeison Jeisson
Jelani Jelle Jelte Jemal Jenaro Jenel Jennings Jens Jenő Jep Jeppe Jeptha Jerad Jerald Jeramiah
Jeramie Jeramy Jere Jered Jerel Jereme Jeremey Jeremi Jeremiah Jeremias Jeremie Jeremy Jeremías
Jerguš Jerimiah Jerimy Jerker Jermain Jermaine Jerman Jermey Jermiah Jernej Jerod Jeroen Jerold
Jerome Jeromy Jerrad Jerrel Jerrell Jerrod Jerrold Jerry Jerson Jerzy Jerónimo Jerôme Jes Jesper
Jess Jessee Jesus Jesús Jethro Jetmir Jeton Jett Jevgeni Jevon Jezups Jhan Jhoan Jhon Jhonatan
Jhonny Jhony Jiles Jim Jimmie Jimmy Jinawi Jindra Jindřich Jip Jiri Jiří Joachim Joacim Joakim
Joannes Joao Joaquim Joaquin Joaquín Joash Job Jobe Jobst Jochem Jochen Jochum Joe Joel Joep
Joerg Joeri Joeseph Joesph Joey Joffrey Johan Johann Johannes Johans Johathan John Johnathan
Johnathon Johney Johnny Johnpaul Johnson Johnstone Johny Joko Jon Jona Jonah Jonas Jonatan
Jonathan Jonathon Jones Jonny Jono Jonás Jonáš Joojo Joona Joonas Joonatan Joost Joppe Joram
Joran Jorden Jordi Jordon Jordy Jordán Joren Jorge Joris Jorma Jorn Jort Jory Jos Jose Josef
Joseluis Josep Joseph Josephat Josephus Josh Joshua Joshuah Josiah Josip Joso Josphat Josse Jost
Josua Josue Josué Jouko Jouni Jovan Jovani Jovanni Jovanny Jovany Jozef Jozo João Joé Joël Joško
Jožef Juan Juanito Judah Judd Jude Judson Juelz Juergen Juha Juhana Juhani Juho Jukka Jules
Julian Julien Julio Julious Julius Juliusz Julián Juluis Juma Jumaane Jumadi Jumari Junior
Junious Junius Juraj Jure Jurgen Juri Jurij Juris Jurre Jussi Justen Justin Justiniani Justo
Juston Justus Justyn Jusuf Juuso Juvenal Juwan Juwon Jyrki Ján János Járngrímur Játgeir
Játmundur Játvarður Jérémie Jérémy Jérôme Jóakim Jóann Jóel Jóhann Jóhannes Jói Jómar Jómundur
Jón Jónar Jónas Jónatan Jónbjörn Jóndór Jóngeir Jónmundur Jónsteinn Jónþór Jósafat Jósavin Jósef
Jósep Jósteinn Jósúa Jóvin Józef József Jökull Jörfi Jörg Jörgen Jörmundur Jörn Jörri Jörundur
Jörvar Jörvi Jørgen Július Júlí Júlían Júlíus Júní Júníus Júrek Jürg Jürgen Jüri Jānis Jāzeps
Jēkabs Jēkaubs Jędrzej Jūlijs Kaan Kaarlo Kabir Kabiru Kacper Kacung Kada Kade Kadeem Kaden
Kadin Kadir Kadyn Kaeden Kael Kahir Kahlil Kahu Kai Kaiden Kaique Kairav Kaj Kajen Kajetan
Kakali Kaktus Kaldi Kale Kaleb Kalel Kalen Kalervo Kalevi Kalgay Kalim Kalle Kalman Kalmann
Kalmar Kalpit Kalvin Kamal Kamar Kamau Kambali Kamden Kamidin Kamiel Kamil Kamran Kamren Kamron
Kanak Kanda Kane Kanini Kanpulat Kanye Kapagan Kaprasíus Karabaş Karaca Karaer Karakucak
Karanbay Karani Karanja Karataş Karcan Kardi Kareem Kareen Karim Kariman Karimi Kariuki Karja
Karkur Karl Karles Karlfried Karlheinz Karlo Karlukhan Karman Karna Karsa Karsana Karson Karsten
Karta Karter Karvel Karya Kasen Kash Kashangaki Kasim Kasimir Kasiran Kason Kaspar Kaspars
Kasper Kassim Kastriot Kastíel Kasusra Katana Katarínus Kató Kauko Kauri Kavon Kavurt Kawaca
Kawaya Kayagün Kaygusuz Kayrabay Kayson Kayun Kayıt Kazim Kazimierz Kazimír Kazuo Kazım Kaşif
Keagan Kealan Keandre Keano Keanu Keaton Keegan Keelan Keenan Keenen Kegan Keifer Keijo Keion
Keith Keji Kelan Kelby Keld Kelechi Kellan Kellen Kelton Kelvin Kelâmi Kem Kemal Kemba Kemboi
Ken Kenan Kenari Kendell Kendrick Kenedy Kenes Keneth Kenji Kenn Kennard Kennet Kenneth Kenney
Kennith Kennth Kenny Kenter Kenth Kenton Kenyangi Kenyon Kenzo Keon Keran Kerim Kerman Kermit
Kerwin Keshaun Keshawn Kete Ketilbjörn Ketill Kevan Keven Kevin Kevon Keyon Keyshawn Khaled
Khalid Khalil Khamani Khamisi Khari Khiry Khoa Kiaan Kian Kiano Kiapo Kiaran Kiarie Kibar Kibet
Kick Kiefer Kiel Kieran Kiernan Kieron Kieth Kijani Kike Kilian Kiljan Killian Kilonzo Kilían
Kimani Kimanzi Kimathi Kimball Kimbilio Kimeu Kimmo Kimutai Kingston Kinte Kinubi Kinuthia
Kinyanjui Kinyua Kioko Kip Kipchirchir Kipchumba Kipkemboi Kipkemoi Kipkirui Kipkoech Kipkorir
Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo Kipngeno Kipngetich Kipp Kiprono Kiprop Kiprotich
Kipruto Kipsang Kiptoo Kipyegon Kiramettin Kirk Kirt Kirui Kit Kiume Kiyasi Kiyoshi Kjalar
Kjallakur Kjaran Kjartan Kjarval Kjeld Kjell Kjetil Kjárr Kjói Klaas Klas Klaus Klavs Klemen
Klemens Klement Klemenz Kliment Klængur Knox Knud Knut Knute Knörr Knútur Kobe Koby Kocabaş Koda
Kody Koech Koen Koenraad Kofi Koggi Kojo Koko Kolawole Kolbeinn Kolbjörn Kolby Koldan Kole
Kolfinnur Kolgrímur Kolmar Koloman Kolskeggur Kolten Kolton Kolur Kolviður Kondo Konguralp
Konner Konnor Konrad Konradi Konradus Konráð Konstantin Konstantinos Konstanty Konstantínus
Konštantín Kopan Koray Korbin Korbinian Kordell Korede Korey Korir Korkmazalp Kormákur Kornel
Kornelius Kornelíus Kornél Kort Korugan Kory Kosgei Kotuz Kovu Koçak Koçkan Koðrán Koşukhan
Kraig Kraki Krish Kristall Kristaps Kristberg Kristbergur Kristbjörn Kristdór Kristens Krister
Kristers Kristfinnur Kristgeir Kristiaan Kristijan Kristinn Kristián Kristjan Kristján Kristjón
Kristlaugur Kristleifur Kristmann Kristmar Kristmundur Kristof Kristofer Kristoffer Kristopher
Krists Kristvaldur Kristvarður Kristvin Kristóf Kristófer Kristþór Krisztián Krisztofer
Krišjānis Krišs Krištof Krummi Krystian Kryštof Krzysztof Ksawery Kuddusi Kujoe Kujtim Kullervo
Kumar Kuncara Kunibert Kuno Kunta Kunthara Kuria Kurnia Kurt Kurtis Kurunzi Kushtrim Kusiima
Kustaa Kusuma Kutay Kveldúlfur Kvetoslav Kwabena Kwadwo Kwaku Kwame Kwamena Kwasi Kweku Kwesi
Kyalo Kyan Kyano Kylan Kyler Kylian Kyllian Kymani Kyree Kyson Kálmán Kár Kári Károly Kâmil Kåre
Kévim Kévin Kópur Köker Köktaş Kösemen Kürşad Kārlis Kılıçbay Kınel Kırat Kırgız Kıvılcım Kızıl
Kızıltunç Laban Labinot Labuh Lachlan Ladarius Laddie Ladislau Ladislaus Ladislav Lafayette Lafe
Lage Laimonis Lajos Laksana Laksh Lakshit Lalo Lamar Lamarcus Lambert Lamberto Lameck Lamine
Lamont Lamonte Lanang Lance Landan Landen Lander Landin Lando Landon Landyn Lane Langalibalele
Langat Langgeng Lanjar Lanny Lantar Laquan Lark Larkin Laron Larry Lars Lary Lascăr Lasmanto
Lasmono Lasse Lassi Laswi Laszlo Latif Latrell Laufar Laugi Laurance Laureano Laurens Laurent
Laurenz Laurențiu Laurian Laurin Lauris Laurits Lauritz Laus Laust Lautaro Lavar Lawerence
Lawrance Lawrence Lawson Lawton Lawyer Layne Layton Lazar Lazaro Laziz Lazzaro Lazăr Lazım Le
Leamon Lean Leander Leandro Leano Leart Ledion Ledün Leeroy Leevi Lega Legawa Leider Leif Leifur
Leiknir Leiðólfur Leke Leland Lem Lembah Lemmie Lemon Lemuel Len Lenard Lenin Lenn Lennard
Lennart Lennarth Lennert Lennon Lenny Lenon Lenord Lenwood Leo Leocadio Leon Leonard Leonardo
Leonce Leoncio Leonel Leonhard Leonid Leonidas Leons Leontin Leopold Leopoldo Leordean Leoš Lere
Leroy Les Less Lester Leszek Levar Levente Levern Levi Levie Levin Levis Levon Levoslav Levy
Leví Lew Lewis Lex Leó León Leónidas Leópold Liam Lian Lias Liban Libardo Liberto Libor Lică
Lieven Lige Lilburn Liljar Lillard Lim Liman Limar Lindar Lindberg Lindbergh Lindell Linden Link
Lino Linton Linus Linwood Linzy Lio Lionel Liridon Lirim Lirjan Lisandro Lish Lisle Liston
Littleton Livingstone Livio Liviu Ljubisa Ljósálfur Ljótur Ljúfur Llewellyn Lloyd Loan Lode
Lodewijk Lodovico Loek Loftur Logi Lohit Loke Loki Lon Loney Lonny Lonzo Lope Loran Lorcan
Lorenz Lorenzo Lorik Lorin Loring Lorne Lotfi Lothar Lott Loui Louis Louka Lourenço Lovell
Lovett Lovre Lovro Lowe Lowell Lowie Loy Loyal Loyd Loïc Loðmundur Luan Lubomír Luboš Luc Lucas
Lucca Lucențiu Luchino Lucho Lucian Luciano Lucien Lucio Lucious Lucius Lucky Lucrețiu Ludger
Ludo Ludolf Ludovic Ludovico Ludovicus Ludvig Ludvik Ludvík Ludwig Luděk Luej Luhung Luigi Luis
Lukas Lukasz Luke Lukita Lukman Lukáš Luluh Lulut Lulzim Lum Lumír Lundi Lungile Lurhur Luster
Lute Lutfan Lutfi Luther Luthfi Lutz Luuk Luwar Luwes Luyanda Luzius Luís Lwandile Lyam Lydell
Lyle Lyman Lyndon Lyngar Lynwood Lár Lárent Lárentíus Lárus László Lázaro Léandre Léo Léon
Léonard Léonce Léopold Lér Línberg Líni Lórens Lórenz Lúkas Lúter Lúther Lúðvíg Lúðvík Lütfi
Lýtingur Lýður Maanas Maanav Maarten Mac Macario Macarthur Macauley Mace Maceo Macharia Maciej
Mack Macs Madden Maddox Maddux Madhav Mads Mael Maggi Magne Magngeir Magni Magnus Magnús Magnþór
Mahdi Mahesa Mahfud Mahir Mahlon Mahmoud Mahmud Mahmut Mahsun Maicol Maik Maikol Maina Maingi
Mairtin Makai Makan Makara Makau Makhi Makokha Makori Maks Maksim Maksimiljan Maksur Maksymilian
Makunga Makuta Makuu Mal Malachi Malachy Malakai Malaki Malcolm Malcom Male Malik Malio Malte
Malthe Malvin Mamadou Maman Manaaki Manaf Manah Manan Manawa Manbir Mandla Mandlakhe Manford
Manfred Manfreð Manley Manly Manning Manole Manolo Mansfield Manson Mansurali Mantas Manthan
Manuel Manus Manúel Maqsud Maras Marbjörn Marc Marcantonio Marcel Marcelino Marcell Marcello
Marcellus Marcelo Marchello Marcial Marciano Marcin Marcio Marco Marcos Marcu Marcus Marek
Mareks Marel Margana Margarito Margeir Margrímur Margus Marguy Mariadi Mariano Marijan Marijn
Marijón Marino Marinus Marinó Mario Marius Mariusz Marián Marjón Mark Markel Markell Markku
Marko Markus Markó Markús Markþór Marland Marlin Marlon Marnix Maron Maroš Marques Marquez
Marquis Marquise Marri Marrion Mars Marsellíus Marsh Marshal Marshall Marsito Marsudi Mart
Martaka Martana Martani Marteinn Martell Marten Martez Marthen Martial Martijn Martim Martin
Martino Martti Martyn Martí Martín Marvin Marwata Maryadi Maryanto Marías Marínó Marís Maríus
Masao Masar Masika Masinde Mason Massimiliano Massimo Massinissa Mat Mate Matei Matej Mateo
Mateus Mateusz Matevž Math Matheo Matheus Mathew Mathews Mathias Mathieu Mathijs Mathis Mathys
Mathéo Mathías Mati Matias Matic Matiu Matjaž Mato Matouš Mats Matt Matteo Matthew Matthias
Matthieu Matthijs Matthäus Matthías Matti Mattia Mattias Matts Mattéo Mattías Matyáš Matéo
Matías Matúš Matěj Matīss Mauno Mauri Maurice Mauricio Maurilio Maurin Maurits Mauritz Maurizio
Mauro Maurus Maury Maurycy Maverick Mavuno Max Maxence Maxim Maxime Maximiano Maximilian
Maximiliano Maximilien Maximilián Maximillian Maximino Maximo Maximus Maxwel Maxwell Maxx Maykol
Maynard Mayo Mazlum Maël Mbithi Mboya Mbugua Mburu Mcarthur Mcebisi Mearl Mecit Medard Meelis
Mees Mefarettin Mehdi Mehdiqulu Mehman Mehmed Mehmet Mehmetzahir Meik Meinhard Meinolf Meinrad
Mekhi Mekkinó Mel Melbourne Melchior Melchor Melichar Melihcan Melker Melkíor Melkólmur Melle
Melrakki Melton Melville Melvin Melvyn Melwin Memili Memphis Menachem Mengi Mengüç Mensalder
Mentor Mercer Merdi Mergim Merijn Merkúr Merl Merlin Merlyn Merrill Merritt Mert Mertel Merton
Mervin Mervyn Merwin Merzuk Meshack Messiah Mestur Mesut Metehan Methúsalem Metin Metinkaya
Metod Metro Metúsalem Mevlüt Meyer Meyvant Meşhur Micael Miceal Micha Michael Michail Michale
Michaël Michał Micheal Michelangelo Micheletto Michelotto Michial Michiel Mick Mickael Mickaël
Micky Miel Mieszko Miguel Miguelangel Miha Mihael Mihai Mihail Mihajlo Mihels Mihhail Mihin
Mihkel Mihnea Mihály Miika Mijo Mik Mika Mikael Mikaere Mikal Mikayıl Mike Mikeal Mikel Mikels
Mikhail Mikjáll Mikkael Mikkel Mikko Miklós Mikołaj Mikuláš Mikyas Milas Milay Milburn
Mildinberg Mile Miles Milford Millard Miller Mills Milo Milorad Milos Miloslav Milovan Miloš
Milton Milán Minenhle Miner Minh Minor Minoru Mio Miodrag Miran Mirbadin Mircea Mirco Mirko Miro
Miron Mironshoh Miroslav Miroslaw Mirsad Misael Mischa Mishat Mislav Mitch Mitchel Mitchell
Mitesh Mitică Mitra Mitruț Miķelis Miłosz Mjöllnir Mjölnir Mladen Mlungisi Modesto Modris Moe
Mogens Mohamad Mohamedi Mohammad Mohamud Mohand Moises Moisés Mojmír Moli Momanyi Monis Monroe
Mont Monte Montel Montgomery Montrell Monty Moody Mordechai Moreno Moritz Morris Morten Mortimer
Morton Mose Moses Moshe Mosi Mouloud Mounir Mourad Moussa Mthokozisi Mucahit Muchiri Muema Mueni
Mugambi Mugendi Muggur Mugo Mugur Mugurel Muhamed Muhamet Muhammad Muhammadali Muhammadamin
Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo Muhammadsafo Muhammadsodiq Muhammadsolih
Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed Muhammet Muharrem Muhip Muhyettin
Muia Muiruri Mujur Mukhwana Muktedir Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni
Munene Mungai Muni Muninn Munyao Munyoki Murad Murat Muratcan Murdock Muriithi Murilo Murimi
Murithi Muriuki Murod Murphy Murray Murry Mursinin Mursita Murti Musa Musafet Musau Musee
Musembi Muslim Mustafa Mustafo Mustapha Mustika Mustofa Musyoka Musyoki Mutai Mutasım Muthama
Muthengi Muthoka Muthoni Muthui Mutie Mutinda Mutiso Mutisya Mutluhan Mutua Mutuku Mutunga
Muturi Muvaffak Muxtar Muzaffer Mwangangi Mwangi Mwaniki Mwanzia Mwaura Mwende Mwendwa Mwezi
Mwikali Mwiti Mychal Myer Mykel Myles Myrkvi Myron Mzamo Máni Már Márcio Mário Márk Márton Márus
Mátyás Máté Máximo Måns Mårten Mías Mímir Mír Míó Móri Móric Mórits Móses Móði Möhsim Mörður
Múli Mübariz Mücellib Müfit Mükramin Mülâyim Mümtaz Münif Mürit Müslum Müslüm Müzekker
Mýrkjartan Māris Mārtiņš Mădălin Nabil Nacer Nachiket Nacho Nacio Nadir Nae Nael Nafii Nahashon
Nahuel Naim Najam Najee Najib Nakif Nakip Naksh Nakul Nalar Nam Namiq Namon Nand Nando Napoleon
Napoleone Naradi Narcis Narciso Narcisse Nardi Narfi Narji Nas Nasab Naser Nash Nasim Nasir
Nasiru Nasrullah Nassim Nasuf Nat Natalio Natan Natanael Nataniel Nataníel Nate Nathan Nathanael
Nathanaël Nathanial Nathaniel Nathen Natiq Naud Naveen Nayil Nazario Nazim Nazir Nazlim Nazmi
Naël Naïm Nağı Ndegwa Nderitu Ndirangu Nduku Ndunge Ndungu Nduta Neal Nebih Nebojsa Necati
Necdat Nechifor Necmettin Ned Needham Neel Neely Neftalí Nehemiah Nehip Neider Neil Neill Neisti
Nejc Nel Nelio Nello Nels Nelson Nelu Nemanja Nenad Nenni Neo Neptúnus Nerim Nery Nesip Nestor
Neville Nevin Nevio Nevsal Newell Newman Newt Newton Nezihi Ngamia Nganga Ngari Ngeni Ngigi
Ngugi Nhiên Nhlanhla Nial Niall Nibaldo Nicanor Nicat Niccolò Nichifor Nicholas Nicholaus
Nicholus Nick Nicklas Nicklaus Nickolas Nickson Nicky Niclas Nico Nicoară Nicodemo Nicodemus
Nicodim Nicolae Nicolai Nicolaie Nicolaj Nicolas Nicolaus Nicolás Nicolò Nicu Niculiță Nicușor
Nicuță Niek Niels Nigel Nihai Niilo Nik Nikanor Nikau Nikhil Nikko Niklas Niklaus Niko Nikodem
Nikolai Nikolaj Nikolajs Nikolaos Nikolas Nikolaus Nikora Niks Nikulás Nikša Nil Nile Niles Nilo
Nils Nilson Nim Nino Nitesh Nixon Niyaga Niyaz Niyazi Niyilolawa Njabulo Njagi Njenga Njeri
Njeru Njiru Njogu Njoki Njoroge Njue Njuguna Njáll Njörður Nnamdi Noah Noam Noble Noe Nolan
Nolberto Nolen Noman Nonni Nonso Norbert Norberto Norbey Norman Normand Normann Normunds Norris
Norton Norval Norwood Norðmann Noud Nout Novruz Noé Noël Nrima Ntimi Nugraha Nuhu Nuno Nunzio
Nural Nurcan Nuretdin Nurettin Nuri Nuriat Nurkan Nurlan Nurmuhammad Nuru Nurulla Nurullah Nuyan
Nwabudike Nyaga Nyakundi Nyamai Nyambura Nyana Nyawira Nyoman Nyongesa Nzioka Nzomo Nándor
Náttmörður Náttúlfur Néstor Níels Níls Nóam Nóel Nói Nóni Nóri Nóvember Nökkvi Númi Nývarð
Oakley Oba ObaniJesu Obe Obed Obie Obinna Ocampo Ochieng Octav Octave Octavian Octavio Octaviu
Octavius Odd Oddbergur Oddbjörn Oddfreyr Oddgeir Oddi Oddie Oddkell Oddleifur Oddmar Oddsteinn
Oddur Oddvar Oddþór Odhiambo Odhran Odin Odis Odkanlı Odongo Oduor Odus Offie Oganer Ogden
Ogooluwa Oisin Oiva Ojas Okanay Okbay Oke Okechukwu Okello Okey Okgüçlü Okoth Okseven Okta
Oktavíus Okto Októ Októvíus Oktüremiş Okumu Okyalaz Oladare Oladimeji Olaf Olakunle Olan Oland
Olanrewaju Olansile Olavi Olca Oldağ Oldrich Oldřich Ole Oleg Olegario Olen Oley Olfert Olgeir
Olgierd Olimpian Olimpiu Olin Oliver Olivert Olivier Oliviu Olivér Oliwer Oliwier Olle Olli Olof
Oloo Olov Olumorotimi Oluoch Oluwafemi Oluwagbemiga Oluwamumibori Oluwamuyiwa Oluwasanmi
Oluwasegun Oluwole Om Omaca Omar Omari Omarion Omer Omkaar Omobobola Omondi Omotayo Onat Ondieki
Ondrej Ondřej Oneal Onesmus Ongay Onkar Onni Onofre Onuker Onur Onurcan Onursu Onveer Onyango
Opan Opiyo Opung Oqtay Oran Orange Oranlı Orazio Orduxan Oren Oreste Orfeus Orgün Orhan Orie
Orin Orinder Orion Oris Orland Orley Orlin Orlo Ormar Ormur Orren Orri Orrin Orris Orson Ortak
Ortwin Oruç Orval Orvar Orvel Orvil Orville Orvin Orvis Orxan Osbaldo Osborn Osborne Oscar Oskar
Oskari Oskars Oskár Osman Osmo Osogo Ossi Ossian Osunleke Osvald Osvaldo Osvalds Oswald Oswaldo
Oswin Otabek Otakar Otay Otfried Othel Othmar Otho Otieno Otis Otkell Otmar Oto Otri Ott Ottavio
Ottfried Otti Ottis Ottmar Otto Ottokar Ottomar Ottone Ottó Otur Otávio Ouanes Ouma Oussama Ove
Ovid Ovidio Ovidiu Ovila Owe Owen Owens Owino Owuor Oymak Ozansü Ozy Ozzie Oğulbaş Oğurata
Oğuzman Oļģerts Paavo Pablo Paco Padraic Padraig Padraigh Page Paiman Paker Palle Palmer Pambe
Pamfil Panagachie Panait Panca Pancho Pandu Panfilo Pangeran Pangestu Panji Pankrác Paolo Pardi
Paride Park Parley Parman Parmes Parrish Parth Paschal Pascual Pasi Pasqual Pasquale Pastor Pate
Patrek Patrekur Patric Patricio Patrick Patrik Patrizio Patryk Pau Paul Pauli Paulino Paulo
Pauls Pauric Pavao Pavel Pavol Paw Pawel Paweł Paxton Paşa Peadar Peader Pearce Pearley Pearse
Peder Pedro Pedró Peer Peeter Pehlil Pekka Pelaji Pelayo Pelle Pellegrino Pentti Pepe Pepijn
Pepito Per Percival Percy Perkasa Perley Pernell Pero Perry Pershing Pertti Petar Pete Peter
Peterson Petr Petre Petri Petrică Petrișor Petros Petru Petrus Petruț Petter Petteri Phelim
Phelix Phil Philemon Philip Philipp Philippe Phillip Philo Phineas Phúc Piaras Pier Pierangelo
Pierce Piergiorgio Piergiuseppe Pierluigi Piermaria Piero Pierpaolo Pierre Piersanti Piet Pieter
Pietro Pim Pinkney Piotr Pirahmet Pirmin Pius Pjetur Pleas Pleasant Ples Pleșu Plinio Plummer
Plácido Pol Polad Polk Pompeo Pompiliu Pomponio Poncio Pontus Popobawa Porfirio Porter Posey
Poul Powell Praba Prabawa Prabowo Prabu Prakosa Pranata Pranav Pranawa Praneel Pranit Prasetya
Prasetyo Pratt Pratyush Pravoslav Prayitna Prayoga Prayogo Preben Predrag Prentice Prentiss
Press Preston Price Priit Prima Primitivo Primus Prokop Prosper Prudencio Pryor Przemysław Príor
Puccio Pumbaa Purl Purwa Purwadi Purwanto Putu Pál Páll Pálmar Pálmi Pánfilo Pär Pål Péter Pétur
Pío Pünhan Pătru Pēteris Přemysl Qabil Qadim Qadir Qalib Qarin Qasim Qasım Qiyas Qoşqar Quang
Quentin Quincy Quint Quinten Quintin Quinton Quique Quirino Qulam Qulu Rabah Rabih Rachid Rachit
Radek Raden Radika Radim Radit Raditya Rado Radomír Radoslav Radosław Radovan Radu Radúz Raekwon
Raf Rafa Rafael Rafaél Rafaël Rafał Rafe Raffael Raffaele Raffaellino Raffaello Rafi Rafid Rafih
Rafiq Rafn Rafnar Rafnkell Raghav Ragnar Ragner Ragúel Raharja Raheem Rahman Rahmat Rahmet Rahn
Rahsaan Rahul Raiden Raihan Raik Raimo Raimondo Raimonds Raimund Raimundo Rainer Raivis Raivo
Rajab Rajko Rakeem Raleigh Ralf Ralph Rama Ramadan Ramadhan Ramazan Ramid Ramil Ramiro Ramiz
Ramon Ramsey Ramzi Ramón Ranbir Rance Rand Randal Randall Randel Randell Randle Randolf Randolph
Randver Randy Rangga Ranieri Rannver Ransom Ranveer Raoul Raphael Raphaël Raquan Rareș Ras
Rashaad Rashaan Rashad Rashawn Rasheed Rashid Rashidi Rasim Rasmus Rastislav Rasul Raul Rauno
Ravi Ravy Rawiri Ray Rayaan Rayan Rayburn Rayfield Rayford Raymon Raymond Raymund Raymundo
Raynard Rayshawn Razi Razı Raúl Reason Recep Recepali Redden Redmond Reed Refik Refugio Refur
Reggie Reginal Reginald Reginbaldur Reginn Regis Rehaan Reid Reidar Reifnir Reijo Reimar Reimer
Reimund Reinald Reinaldo Reinar Reinel Reiner Reinhard Reinhardt Reinhart Reinhold Reinis Reino
Reksa Relu Remazan Rembrandt Remi Remigio Remington Remo Remus Remy Remzi Renaat Renaldo Renan
Renard Renato Renaud Rendy Reno Rens Renzo René Respati Resulcan Reto Reuben Reubin Rex Rexford
Rexhep Rey Reyansh Reynald Reynaldo Reynar Reynir Reynold Reynolds Reyr Reza Rezzak Rhavi Rhett
Rhys Riad Rian Ricardo Riccardo Ricci Ricciotti Rice Richard Richardt Richie Richmond Richárd
Rick Rickard Rickey Rickie Ricky Rico Rida Ridge Ridwan Rigo Rigoberto Rihards Rik Rikard
Rikharð Rikharður Riku Rinaldo Rino Rinor Risasi Rishi Risto Ritchie Riyad Riza Riziki Rizki
Rizvan Ričards Roan Roar Rob Robb Robbe Robby Robert Roberto Roberts Robinson Robley Robt Roby
Rocco Rochdi Rochus Rock Rocky Rod Roddy Roderic Roderich Roderick Rodger Rodgers Rodney Rodolfo
Rodolphe Rodrick Rodrigo Rodrigue Roe Roel Roeland Rogelio Roger Rogers Rohan Rohat Rok Roko
Roland Rolando Rolands Roldán Rolf Roll Rolla Rolland Rollie Rollin Rollo Romain Roman Romano
Romello Romeo Romie Romolo Romuald Romulus Román Roméo Ron Ronal Ronald Ronaldo Ronan Rondal
Ronin Ronith Ronni Ronny Rono Rony Roope Roosevelt Roque Rosamel Rosco Roscoe Rosendo Rosevelt
Rosman Ross Rossa Rostislav Roswell Rotich Rouven Rowland Roy Royce Ruairi Ruari Rubani Rube
Ruben Rubin Rubén Rudecindo Rudi Rudolf Rudolfo Rudolph Rudra Rudy Rueben Ruedi Ruel Ruffin
Ruffus Rufino Rufus Ruggero Ruggiero Ruhiu Ruhsat Rui Rune Rungo Runi Runólfur Rupert Ruperto
Rush Rushil Ruslan Rusman Russ Russel Russell Rustin Rusty Rutherford Ruy Ryan Ryder Ryker
Ryland Ryley Ryne Ryszard Rza Ráðgeir Ráðvarður Réginald Régis Régulo Rémi Rémy Ríkarður Ríkharð
Ríkharður Ríó Róbert Rólant Róman Rómeó Rómulo Rósant Rósar Rósberg Rósenberg Rósi Rósinberg
Rósinkar Rósinkrans Rósmann Rósmundur Rögnvald Rögnvaldur Rögnvar Rökkvi Röðull Rúbar Rúben
Rúdólf Rúnar Rúrik Rútur Rüdiger Rüknettin Rüşen Răducu Răzvan Rūdolfs Saad Saadat Saba Saban
Sabar Sabas Sabastian Sabatino Sabih Sabin Sabir Sabri Sadaka Sadat Saddam Sadik Sadiki Sadiq
Sadittin Sadıq Safet Safír Sahin Sahir Said Saidi Saiful Saka Sakari Sakarías Sakip Saksham
Sakti Sal Salah Salami Saleh Salih Salim Salkın Salman Salmann Salmar Salohiddin Salomon Salomón
Salurbay Salvador Salvar Salvatore Salvi Salómon Samaksh Samandar Samar Samarth Samesh Sami
Samie Samir Sammy Samo Sampson Samson Samsul Samu Samual Samuel Samuele Samuli Samurtay Samuël
Samwel Samweli Samy Samúel Sancak Sancho Sandalio Sandel Sander Sanders Sandile Sandis Sandor
Sandri Sandro Sandu Sandur Sanford Sani Sanjar Sante Santeri Santiago Santino Santo Sançar
Sardor Sargın Sarpkın Sarthak Sarvan Sarvar Sarıcabay Sasa Sascha Sathvik Satrettin Saturnino
Satya Saul Sava Savak Saverio Savion Savni Savon Sawyer Saxi Saydam Sayin Sayrak Sayın Saïd Saúl
Sağcan Sağıt Sašo Schley Schuyler Scot Scott Scottie Scotty Seaborn Seamus Sean Sebastiaan
Sebastian Sebastiano Sebastien Sebastijan Sebastián Sebastião Sebastjan Sebastían Sebattin Seda
Sedat Sedrick Segismundo Segundo Seha Seif Seifur Seimur Selaheddin Selatin Seldon Seler Selim
Selmer Selâtin Sem Semaj Semender Semir Senad Senan Sencar Seneca Senn Senne Senol Seosamh Sep
Sepp Seppe Seppo Seracettin Serafín Serezli Serge Sergei Sergej Sergey Sergio Sergiu Sergius
Serhatmehmet Serkan Serol Server Servác Sesar Sesil Seth Setya Sevdi Seve Sever Severiano
Severin Severino Severo Severt Severín Sevindik Seward Seydo Seye Seyfulla Seyfullah Seyithan
Seymour Seymur Sezal Sezginbaş Seçme Shaban Shad Shade Shadrack Shafter Shahriyor Shahzod
Shahzoda Shamar Shamsuddeen Shan Shaquan Shaquille Sharif Shaun Shaurya Shawn Shayne Sheamus
Shedrick Shehu Shekoni Sheldon Shelton Shem Shemar Shep Shepherd Sherman Sherwin Sherwood
Shivansh Shohjahon Shohrux Shoji Shon Shyheim Sibonelo Sibusiso Sid Siddharth Sidiq Sidki Sie
Siebe Siegbert Siegfried Sieghard Siegmar Siegmund Siegward Siem Sifuna Sigbergur Sigbert
Sigbjartur Sigbjörn Sigdór Sigfastur Sigfinnur Sigfreður Sigfrid Sigfrido Sigfried Sigfús Sigge
Siggeir Sighvatur Sigismund Sigjón Siglaugur Sigmann Sigmar Sigmund Sigmundur Signar Sigri
Sigríkur Sigsteinn Sigtryggur Sigtýr Sigur Sigurbaldur Sigurberg Sigurbergur Sigurbjarni
Sigurbjartur Sigurbjörn Sigurbrandur Sigurd Sigurdór Sigurfinnur Sigurgeir Sigurgestur
Sigurgrímur Sigurgísli Sigurhans Sigurhjörtur Sigurjón Sigurkarl Sigurlaugur Sigurleifur
Sigurlinni Sigurliði Sigurlás Sigurmann Sigurmar Sigurmon Sigurmundur Sigurnýas Sigurnýjas
Siguroddur Sigurpáll Sigursteinn Sigursveinn Sigurvaldi Sigurvin Sigurður Siguróli Sigurþór
Sigvaldi Sigvard Sigvarður Sigþór Siim Sijuade Sil Sila Silas Silli Silvan Silvano Silver
Silvester Silvestre Silvestro Silvian Silvio Silviu Silvo Sim Simen Simeon Simi Simion Simiyu
Simmie Simo Simon SimphiweyiNkosi Simpson Simão Simón Sinan Sincere Sindre Sindri Sing Sinică
Sinisa Siniša Sione Siper Sirac Siro Sittik Sivert Sixten Sixto Siyabonga Sjafnar Sjoerd Skafti
Skapti Skarphéðinn Skefill Skeggi Skender Skip Skjöldur Skorri Skuggi Skær Skæringur Skírnir
Skíði Skúli Skúta Slade Slamet Slavisa Slavko Slavomír Slawomir Slobodan Smith Smiður Smyrill
Smári Sneider Snjóki Snjólaugur Snjólfur Snorri Snæbjartur Snæbjörn Snæhólm Snælaugur Snær
Snæringur Snævar Snævarr Snæþór Soffanías Sofiane Soleh Soloman Solomon Solon Somtochukwu Son
Sonad Sondre Songurkan Sonny Sophanías Sophus Soren Sorin Sosimo Soufiane Soydaner Soykut
Soyselçuk Spartakus Spencer Spenser Sphiwe Sporði Spurgeon Spói Squire Srečko Staffan Stafford
Stan Stancu Stanford Stanislaus Stanislav Stanislaw Stanisław Stanko Stanley Stanton Stapi
Starkaður Starling Starri Stavros Staņislavs Steen Stef Stefaan Stefan Stefano Steffen Stefnir
Stefán Stein Steinar Steinarr Steinberg Steinbergur Steinbjörn Steindór Steinfinnur Steingrímur
Steini Steinkell Steinmann Steinmar Steinmóður Steinn Steinröður Steinvarður Steinólfur Steinþór
Stelian Stellan Sten Stephan Stephane Stephen Stephene Stephon Sterling Stetson Stevan Steve
Steven Steward Stewart Stian Stig Stijn Stirnir Stiven Stjepan Stojan Stonewall Stoney Storm
Stormur Stuart Sture Sturla Sturlaugur Sturri Styr Styrbjörn Styrkár Styrmir Styrr Stéphan
Stéphane Stígur Stórólfur Suat Sudi Suleiman Sulhi Sullivan Sumarliði Sumner Sune Sunel Suphi
Surya Svafar Svali Svan Svanberg Svanbergur Svanbjörn Svangeir Svanhólm Svani Svanlaugur
Svanmundur Svante Svanur Svanþór Svatopluk Svatoslav Svavar Svein Sveinar Sveinberg Sveinbjartur
Sveinbjörn Sveinjón Sveinlaugur Sveinmar Sveinn Sveinungi Sveinþór Sven Svend Svenning Sverre
Sverrir Svetozár Sváfnir Svätopluk Svölnir Svörfuður Swaleh Swen Syed Sylas Sylvain Sylvan
Sylvanus Sylvester Sylvio Sylvère Szabolcs Szilveszter Szilárd Szymon Sándor Sæberg Sæbergur
Sæbjörn Sæi Sælaugur Sæmann Sæmundur Sær Sævald Sævaldur Sævar Sævarr Sævin Sæþór Sébastien
Sérgio Séverin Símon Sírnir Sírus Sívar Sófus Sófónías Sókrates Sólberg Sólbergur Sólbjartur
Sólbjörn Sólimann Sólmar Sólmundur Sólon Sólver Sólvin Sökmen Sölmundur Sölvar Sölvi Sönke Sören
Sörli Sözer Søren Sübhan Sücaettin Süha Sükrü Süleyman Sümeyye Süvari Sýrus Sıla Sıylıhan Tab
Taciddin Tad Tade Tadej Tadeo Tadeusz Tadeáš Tadhg Taft Tage Taha Tahir Tahj Taine Taisto Taj
Takatifu Tal Talan Talayer Talen Tali Tallie Talmadge Talmage Talon Talıb Tama Tamati Tamaydın
Tamás Tanak Tanay Tanbay Tandoğdu Tandri Tandy Tane Taneli Tangaroa Tanguy Tanhan Tanimu Tanish
Tanner Tanpınar Tansev Tansığ Tanveer Tanyolaç Tanır Tapani Tapio Tarak Tarancı Tarfur Tarik
Tariq Tariyel Tarmo Tartış Tarzícius Tasdik Tasnim Tassilo Taswir Tate Tatsuo Tatu Taufan Taufik
Tauno Taurean Taurus Tavares Tavaris Tavian Tavion Tavon Tayaydın Taygan Taylak Tayshaun Tayyip
Taşar Taşkan Teber Tecimer Ted Teddie Teddy Tedi Teemu Teerth Teguh Teitur Tejas Tejs Tekbay
Tekecan Tekiner Teksoy Telemaco Telim Telly Telman Telmo Temidayo Temir Temirhan Temistocle
Temizkal Temuçin Tenis Tenvir Teo Teobaldo Teodor Teodoro Teodors Teodosio Teofil Teohari
Terance Terell Terence Terje Terlan Tero Terrance Terrell Terrence Terrill Teun Teuvo Tevin Tevs
Tex Teymur Teymuraz Teymurçin Tezcan Tezol Teófilo Thabani Thabiti Thad Thaddeus Thaddäus Thales
Thando Theadore Thedore Theo Theobald Theodis Theodoor Theodor Theodore Theodoro Theodoros
Theodór Theophil Theophile Therman Theron Theódór Thiago Thibaud Thibault Thibaut Thibo Thierry
Thies Thijmen Thijn Thijs Thilo Thom Thomas Thompson Thomás Thor Thoralf Thorben Thorberg Thore
Thornton Thorsten Thorwald Thos Thuo Thure Thurlow Thurman Thurston Thành Théo Théodore
Théophile Thór Tiago Tiarnan Tibe Tiberiu Tibo Tibor Tiburcio Tichomír Tiernan Ties Tiit Tijl
Tijmen Tijn Tijs Til Tilden Tilen Till Tillman Tillmann Tilman Tilmann Tilo Tim Timbul Timm
Timmie Timmothy Timmy Timo Timon Timotei Timotej Timoteo Timothy Timothée Timur Timurtaş Timéo
Tindar Tindri Tindur Tinni Tino Tirta Tirtayasa Tito Titus Tivadar Tiziano Tiğin Tjaldur Tjörfi
Tjörvi Tobe Tobias Tobiasz Tobie Tobin Tobiáš Tobías Tod Todd Todor Tofiq Toivo Toker Toki
Toktuğ Tokunbo Toköz Tolbert Tolli Tollie Tolonbay Tom Toma Tomas Tomasz Tomaž Tomi Tomie
Tomislav Tommaso Tommi Tommy Tomo Tomori Toms Tomàs Tomás Tomáš Tomé Toney Tonguç Tonino Tonni
Tonny Tony Toomas Toon Topias Topuz Tor Toralf Torben Torbjörn Torbjørn Tord Tore Torey Torfi
Torgny Torhan Toriano Toribio Torquato Torrance Torrence Torrey Torry Torsten Toshio Toy Toño
Toğan Toğrul Trace Trae Traian Traugott Trausti Travis Travon Trayvon Tre Tremaine Tremayne
Trent Trenten Trenton Trever Trevin Trevion Trevon Trevor Trey Treyton Treyvon Tri Tripp
Tristian Tristin Triston Tristán Troels Trond Trostan Troy True Trumaine Truman Trung Tryggvi
Trystan Tránsito Trúmann Tsuma Tuan Tucker Tudor Tugiman Tukufu Tulio Tullio Tulun Tumas Tumi
Tunahan Tunar Tunguç Tunçboğa Tunçkılıç Tuomas Tuomo Turabi Tural Ture Turgut Turlough Turner
Turxan Tutkun Tuukka Tuur Tuyuğ Tuğcan Tuğrulhan Tuğtaş Twan Ty Tycho Tye Tygo Tylor Tymon
Tymoteusz Tyquan Tyree Tyreek Tyreese Tyrek Tyreke Tyrel Tyrell Tyrese Tyrfingur Tyrik Tyrin
Tyriq Tyrique Tyron Tyrone Tyrus Tyshawn Tyson Téo Tími Tímon Tímoteus Tímóteus Tístran Tóbías
Tói Tóki Tómas Tór Tõnu Törel Tùng Tú Tükelalp Tümer Tümkurt Türabi Türkalp Türkmen Tüzeer Týr
Tınal Ubaldo Ubbi Uberto Uche Uchenna Uda Udant Udarsh Udo Ueli Uffe Uggi Ugo Ugolino Ulakbey
Uldis Ulf Ulises Ullrich Ulrich Ulrik Ultan Ulu Uludağ Uluman Ulutay Uluğbey Ulysses Umang Umar
Umay Umaya Umberto Umman Umut Umutcan Unggul Uni Unnamed Unnar Unnbjörn Unndór Unnsteinn Unnþór
Uno Uolevi Upik Upkaar Uraltay Urbain Urban Urbano Urfan Urhan Uriah Uriel Urijah Urmas Uroš Urs
Urðar Us Ushan Ushindi Usiku Usman Usmon Utama Utkarsh Utkucan Utz Uwe Uxi Uygun Uzbay Uzsoy
Uçan Uçbeyi Uğan Uğurkan Uğurtan Vadim Vafir Vagn Vahid Vahittin Vakur Valberg Valbergur
Valbjörn Valbrandur Valdemar Valdi Valdimar Valdis Valdór Valeh Valentijn Valentim Valentin
Valentino Valentín Valentínus Valerij Valerio Valeriu Valero Valgarð Valgarður Valgeir Valid
Vallaður Valmar Valmundur Valon Valsteinn Valter Valtteri Valtýr Valur Valves Valère Valér
Valéry Valíant Valþór Van Vance Vander Vargın Varmar Vasco Vashon Vasif Vasil Vasile Vasilică
Vassilios Vasyl Vatnar Vaughan Vaughn Vavrinec Vaysal Vazeh Vedant Vedat Vedran Veer Veeti
Vegard Veigar Veigur Veijo Veikko Veis Veit Veli Velitdin Vello Venancio Venceslás Vendelín
Veniamin Ver Vere Vergil Verim Verl Verle Verlin Verlon Verlyn Vermundur Vern Vernal Verner
Verneri Vernharð Vernharður Vernon Vero Vesa Vestar Vester Vestmar Veturliði Vezat Vic Vicente
Vicențiu Vick Victor Victoriano Victorino Vid Vidadi Vidal Vidar Vide Viesturs Vigfús Viggo
Viggó Vignir Vigo Vigri Vigtýr Vigur Vihaan Vikar Viking Viktor Viktors Vilberg Vilbergur
Vilbert Vilbjörn Vilbogi Vilbrandur Vilgeir Vilgot Vilhelm Vilhjálmur Vilho Vili Viliam Vilis
Viljami Viljar Viljem Vilji Viljo Villads Ville Villi Vilmar Vilmer Vilmos Vilmundur Vilnis
Vilém Viman Vince Vincenc Vincent Vincentio Vincenzo Vincențiu Vinicio Vinicius Vinjar Vinko
Vino Vinsen Vinson Vinton Vinzenz Vinícius Viorel Viraj Virge Virgel Virgil Virgilio Virgill
Virgle Virman Visar Visarion Visvaldis Vitali Vitalis Vito Vitor Vittorio Vitus Vivaan Viðar
Viļums Vjekoslav Vlad Vladimir Vladimír Vladislav Vladislavs Vlado Vlaicu Vlastimil Voicu
Vojtech Vojtěch Voldemārs Volkan Volker Volkhard Volkmar Vollie Volney Vopni Vorm Vratislav
Vratko Vurğun Vusumuzi Václav Váli Vápni Vâlâ Väinö Vébjörn Végeir Vékell Vélaugur Vémundur
Vésteinn Víctor Vífill Víglundur Vígmar Vígmundur Vígsteinn Vígþór Víkingur Vít Vítor Vítězslav
Víðar Víðir Víťazoslav Vöggur Völundur Vörður Vöttur Vüqar Vüsal Vũ Wachira Wade Wadi Wafula
Wage Wahab Wahyu Wainaina Waino Wairimu Wakiman Waldemar Waldo Walfried Walid Walker Wallace
Walt Walter Walther Walton Waluyo Wamalwa Wambua Wambugu Wambui Wangari Wangila Wangui Wanja
Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Ward Wardaya Wardell Wardi Warinder
Warjas Warji Warner Warre Warren Warsa Warsita Warta Warwick Wash Wasis Wassim Watson Watt
Waverly Wawan Waweru Wayde Wayland Waylon Wayman Waymon Wayne Wazir Weaver Webb Webster Wekesa
Weldon Wellington Wells Welton Wenceslao Wendel Wendell Wenzel Werner Wes Wesley Wesonga Wess
Wessel Westin Westley Weston Wheeler Whit Wieland Wieslaw Wigbert Wiktor Wilber Wilbert Wilbur
Wilburn Wilder Wiley Wilford Wilfred Wilfredo Wilfrid Wilfrido Wilfried Wilhelm Wilhelmus Wiliam
Wilkie Willaim Willam Willard Wille Willem Willfried Willi William Williams Willian Williard
Willibald Willibert Willis Willum Willy Wilman Wilmar Wilmer Wilson Wilton Wim Windell Winfield
Winford Winfried Wing Winston Winthrop Winton Wira Wiremu Wirt Wisnu Witold Wladimir Wm Wojciech
Woldemar Wolf Wolfgang Wolfhard Wolfram Wong Woodie Woodroe Woodrow Woodson Woody Worley Worth
Wout Wouter Wriddhish Wridesh Wright Wulf Wyatt Wycliff Wycliffe Wylie Wyman Wálter Xalid Xaliq
Xamis Xanana Xander Xankişi Xanlar Xaver Xavi Xavier Xolid Xosrov Xudaverdi Xudayar Xudu Xzavier
Yaakov Yacine Yadiel Yadigar Yagnesh Yago Yahia Yahir Yahya Yahyo Yahşikan Yair Yakobo Yalazabay
Yalgın Yaltırak Yalçın Yamid Yamin Yan Yancy Yandel Yanick Yanik Yanis Yankı Yann Yannic Yannick
Yannik Yannis Yargı Yasan Yash Yasin Yasser Yassin Yassine Yatan Yatin Yavuz Yaw Yayak Yazganalp
Yağın Yağızkurt Yaşattin Yecid Yee Yeferson Yehuda Yeison Yekda Yelesen Yeneral Yerko Yerson
Yertan Yesid Yetişal Yigit Yilmaz Ylur Ymir Yngvar Yngve Yngvi Yoan Yoann Yoel Yoga Yohan Yohane
Yolal Yonatan Yonathan Yono Yordan York Yoruç Yosef Yoshio Youba Youcef Younes Youri Yousef
Youssef Yrjö Yrkill Yug Yunis Yunt Yunus Yurdanur Yurem Yurtgüven Yurttaş Yusif Yussuf Yusuf
Yuvraj Yvan Yves Yvon Yönetmen Yücelen Yümun Yıldır Yılma Zablon Zac Zacarías Zach Zacharia
Zachariah Zacharias Zacharie Zachary Zachery Zack Zackary Zackery Zahid Zahir Zahur Zaid Zaiden
Zain Zaire Zak Zakaria Zakariyo Zakary Zakaría Zakarías Zakayo Zakir Zalán Zaman Zamfir Zamin
Zamiq Zamir Zander Zashil Zaur Zavier Zavion Zayan Zayd Zayden Zayne Zayyan Zbigniew Zbyněk
Zdenko Zdeněk Zdravko Zeb Zebulon Zechariah Zed Zeferino Zehaan Zekayi Zeke Zeki Zeljko Zenas
Zende Zennun Zeno Zenon Zenzele Zeynal Zeynelabidin Zeynulla Ziedonis Ziggy Zigmund Zihni
Zikmund Ziya Ziyaettin Zlatko Zollie Zoltan Zoltán Zophanías Zophonías Zoral Zoran Zsigmond
Zsolt Zsombor Zuba Zubayr Zuhri Zvonko Zwatie Zóphanías Zóphonías Züfer Zülgarni Ábel Ádám Ágúst
Áki Ákos Álex Álfar Álfgeir Álfgrímur Álfur Álfþór Álvaro Ámundi Ángel Árbjartur Árbjörn Árelíus
Árgeir Árgils Ármann Árni Áron Árpád Ársæll Ás Ásberg Ásbergur Ásbjörn Ásgautur Ásgeir Ásgils
Ásgrímur Ási Áskell Áslaugur Áslákur Ásmar Ásmundur Ásröður Ástbjörn Ástgeir Ástmar Ástmundur
Ástráður Ástríkur Ástvald Ástvaldur Ástvar Ástvin Ástþór Ásvaldur Ásvarður Ásólfur Ásþór Âdem
Ângelo Åbjørn Åge Åke Ægir Æsir Ævar Ævarr Çakar Çakırca Çaltı Çamok Çapkan Çavuldur Çağa Çağdan
Çağlasın Çağveren Çelem Çelikkan Çelikyürek Çerçi Çetinsu Çeviköz Çinerk Çingiz Çokan Çopur
Çoğay Çıdal Çıvgın Èric Édgar Édouard Émile Éric Étienne Ëakumbu Ían Ígor Ími Ísak Ísar Ísarr
Ísbjörn Íseldur Ísgeir Ísidór Ísleifur Ísmael Ísmar Ísrael Ísólfur Ítalo Ívan Ívar Íñigo Ófeigur
Ólafur Óli Óliver Ólíver Ómar Ómi Óscar Óskar Ósvald Ósvaldur Ósvífur Óttar Óttarr Óðinn Öge
Ögmundur Ögri Ökkaş Öktürk Ölnir Ölver Ölvir Ömer Ömür Öndólfur Önel Öngen Önsal Önundur Örik
Örjan Örlaugur Örlygur Örn Örnólfur Örvar Öryürek Össur Östen Över Öxar Özakan Özalpsan Özaslan
Özbay Özbilek Özdal Özdil Özdoğdu Özel Özerdinç Özertem Özger Özgür Özinal Özkent Özkutlu Özlü
Özokçu Özpınar Özsözlü Öztek Öztürk Özçam Özüdoğru Öğet Øivind Øjvind Ørni Øvli Øystein Øyvind
Úddi Úlfar Úlfgeir Úlfhéðinn Úlfkell Úlfljótur Úlftýr Úlfur Úlrik Úranus Übeydullah Ülfet
Ülküdeş Ülvi Ümid Ümmet Ünek Ünlen Ünübol Ürfettin Üsame Üstün Üzer Üzeyir Ýmir Ýrar Þangbrandur
Þengill Þeyr Þinur Þiðrandi Þiðrik Þjálfi Þjóstar Þjóstólfur Þjóðann Þjóðbjörn Þjóðgeir
Þjóðleifur Þjóðmar Þjóðrekur Þjóðvarður Þjóðólfur Þorberg Þorbergur Þorbjörn Þorbrandur
Þorfinnur Þorgarður Þorgautur Þorgeir Þorgestur Þorgils Þorgnýr Þorgrímur Þorgísl Þorkell
Þorlaugur Þorleifur Þorleikur Þorlákur Þormar Þormundur Þormóður Þorri Þorsteinn Þorvaldur
Þorvar Þorvarður Þrastar Þrymur Þráinn Þrándur Þróttur Þröstur Þrúðmar Þyrnir Þór Þórar Þórarinn
Þórbergur Þórbjörn Þórgnýr Þórgrímur Þórhaddur Þórhalli Þórhallur Þórir Þórlaugur Þórleifur
Þórlindur Þórmar Þórmundur Þóroddur Þórormur Þórsteinn Þórður Þórólfur Þórörn Ādams Ādolfs Đuro
Ēriks Ēvalds Ğanim Ģederts Ģirts İbiş İbrahim İdiris İkiz İlalmış İlbek İldem İlgi İlham İlim
İlkim İlkin İlmafer İlqar İlsu İlteriş İlyas İmam İmran İmren İnançlı İnqilab İntihap İntiqam
İsa İsak İslam İsmayıl İsmet İsrafil İvecen İxtiyar İyiyürek İzgü İşcan Ľubomír Ľubor Ľuboslav
Ľuboš Ľudomil Ľudovít Łukasz Şaban Şabettin Şafii Şahat Şahinbey Şahlar Şahmar Şahmettin Şakir
Şali Şamil Şamxal Şanlı Şavki Şefi Şehamet Şekim Şemsettin Şenkal Şerafeddin Şevket Şide Şinasi
Şirin Şirzad Şuayp Şükri Şükür Şıxı Šime Šimon Štefan Štěpán Žan Žanis Željko Žiga Žigmund Əbdül
Əflatun Əhliman Əli Əliş Əmin Əmir Ərtoğrul Əyyub Șerban Ștefan
"""

_FEMALE = """
Aachal Aada Aadhya Aagot Aahana Aaliyah Aanuoluwapo Aarini Aarna Aashi Aba Abagail Abbey Abbi
Abbie Abbigail Abby Abebi Abela Abelone Abena Abeni Abha Abigael Abigail Abigaili Abigale
Abigayle Abigaíl Abina Abiye Abosede Abril Acarkan Achieng Achsah Adaeze Adah Adal Adaline
Adalyn Adalynn Adamaris Adda Addie Addison Addisyn Addyson Addý Adebukola Adela Adelaida
Adelasia Adele Adelgunde Adelheid Adelia Adelina Adelinde Adeline Adell Adella Adelle Adelyn
Adelynn Adelía Adenike Adepeju Adesewa Adesua Adetoke Adetoun Adhra Adia Adiela Adila Adilene
Adimu Adina Adison Adline Adolfine Adora Adoración Adria Adriana Adriane Adrianna Adrianne
Adriene Adrienn Adrienne Adrijana Adriána Adríana Adunni Advika Adviye Adweta Adwoa Adya Adyson
Adèle Adéla Adélaïde Aedin Aenne Afaq Aferdita Affie Afia Afife Afra Afruza Afton Afua Agata
Agatha Agathe Aggie Agla Aglaia Agnea Agnes Agnesa Agnese Agness Agneta Agnete Agnieszka Agnès
Agostina Agripina Agusta Agustina Agáta Agða Ahter Aicha Aida Aideen Aiga Aija Aiko Aila Ailbhe
Aileen Ailene Aili Ailis Ailish Aimee Aimée Aina Ainara Aine Aino Ainoa Ainsley Airi Aisha
Aishani Aishling Aisling Aislinn Aisyah Aitana Aiyana Aiyanna Aja Ajda Ajeng Ajla Ajna Ajoke
Akay Akeelah Akgüneş Akinyi Akira Akise Akmaral Akos Akosua Akoth Aksoy Akua Akumaa Akumu
Akyıldız Ala Alabezek Alaina Alana Alani Alanis Alanna Alannah Alanta Alara Alaya Alayna Alaz
Alba Alberta Alberte Albertha Albertina Albertine Albina Albulena Albína Alcie Alcira Alda Aldný
Aldona Aldonza Aldís Alea Aleah Alease Alecia Aleen Aleena Aleida Aleisha Alejandra Alejandrina
Aleksandra Alena Alene Alenka Alesha Alesia Alessandra Alessia Aleta Aletha Alethea Aletta Alexa
Alexandra Alexandrea Alexandria Alexandrie Alexandrina Alexandría Alexia Alexina Alexus Alexys
Alexía Alfa Alfonsina Alfreda Alfífa Algış Alia Aliana Alica Alice Alicia Alicja Alida Alika
Alina Aline Alis Alisa Alise Alisha Alison Alissa Alisson Alivia Alix Aliya Aliyah Aliza Alize
Alizée Alja Alka Alla Allana Allean Alleen Allegra Allena Allene Allie Alline Allison Allisson
Ally Allyson Allyssa Allý Alma Almasi Almast Almaz Almeda Almedia Almendra Almeta Almina Almira
Almudena Almut Almuth Almyra Aloisia Alojzia Alojzija Aloma Alondra Aloyse Alpha Alphonsine
Alrún Alta Altha Althea Altie Altınbike Altınçiçek Alvena Alvera Alverda Alverta Alvilda Alvina
Alvira Alvīne Alwilda Alwina Alwine Aly Alya Alyce Alycia Alys Alysa Alyse Alysha Alysia Alyson
Alyssa Alyssia Alyvia Alzina Alícia Alída Alína Alís Alísa Alīda Alışık Alžbeta Alžběta Ama
Amada Amadea Amahle Amaia Amaira Amal Amalia Amalie Amalija Amalía Amanda Amandine Amara
Amarachi Amarilis Amaris Amaya Ambar Amber Amberly Ambre Amel Amela Amelia Amelie Amelía Amey
Ami Amiah Amie Amilía Amina Aminatu Amira Amirah Amiya Amiyah Amma Ammie Amoke Amondi Amope
Amparo Amra Amre Amrita Amruta Amy Amya Amália Amélia Amélie América Amíra Amý Amālija An Ana
Anabel Anabela Anabella Anabelle Anahera Anahi Anahis Anahí Anaida Anais Analia Analía Anamaria
Anamika Anargül Anasa Anastacia Anastasia Anastasie Anastasía Anastatia Anastazja Anastázie
Anaya Anaëlle Anaís Anaïs Anca Ancuța Anda Andjela Andjelina Andrada Andreea Andreia Andreja
Andrejka Andrena Andria Andrina Andrá Andréa Andrée Anděla Ane Anel Anemona Aneta Anete Anett
Anetta Anette Anežka Angela Angele Angeles Angelia Angelic Angelica Angelika Angelina Angeline
Angelique Angelita Angella Angelíka Anghelina Angie Angèle Angélica Angélique Ani Anica Anice
Anie Aniela Anika Anikó Anina Anisa Anissa Anita Anitra Aniya Aniyah Anișoara Anja Anjali
Anjanette Anjelica Anka Anke Ankica Ann Anna Annabel Annabell Annabella Annabelle Annah Annalena
Annaliese Annalisa Annalise Annalísa Annamae Annamaria Annamarie Annamária Annastacia Anne
Annedore Annegret Annegrete Annekatrin Anneke Anneleen Annelene Anneli Annelie Annelies
Anneliese Annelise Annelore Annelí Annemarie Annemette Annemie Annemijn Anner Annerose Annet
Annett Annetta Annette Anney Anni Annica Annice Annick Annie Anniina Annija Annika Annikki
Annina Annis Annita Annmarie Annukka Annunziata Anny Annía Anný Anona Anouk Anselma Ansley
Ansora Antionette Antje Antoaneta Antoinette Antonela Antonella Antonetta Antonette Antonia
Antonieta Antonietta Antonija Antonina Antonía Antoņina Antra Antònia Antónia Anu Anunciación
Anusha Anuța Anvi Anya Anyango Anyi Aníka Anína Aníta Anđa Anđela Aoibheann Aoibhin Aoibhinn
Aoife Apolena Apolline Apollonia Apolonia Apríl Ara Arabella Araceli Aracely Aradhana Arah Aral
Araminta Aranka Arcelia Ardath Ardelia Ardella Ardelle Ardeth Ardis Ardita Ardith Ardyce Ardís
Areli Arely Aretha Arey Argie Aria Ariadna Ariana Ariane Arianna Arianne Ariela Ariella Arielle
Arietta Arike Arina Arinbjörg Arinola Arisa Aristița Arja Arkie Arla Arleen Arlena Arlene Arlet
Arleth Arletta Arlette Arlinda Arline Arly Arlyne Armahan Armande Armelle Armenía Armida Arminda
Arminta Arna Arnaude Arnbjörg Arnborg Arndís Arnetta Arney Arnfinna Arnfríður Arngerður
Arngunnur Arnheiður Arnhildur Arnika Arnkatla Arnlaug Arnleif Arnljót Arnlín Arnrós Arnrún
Arnóra Arnþrúður Arnþóra Aroa Aroha Arra Arrie Artelia Artemisa Arunima Arusi Arvilla Arya
Aryana Aryanna Arziye Arzu Aránzazu Aría Aríanna Aríella Arín Arína Arís Arıpınar Asake Asali
Asatira Ascensión Asha Ashanti Ashely Ashlea Ashlee Ashleigh Ashlene Ashli Ashlie Ashling Ashly
Ashlyn Ashlynn Ashtyn Asila Askja Asliye Asma Asmini Asmira Ason Aspen Assa Assia Assumpta
Assunta Asta Astrid Astride Asu Asunción Asírí Ataahua Atalía Atanur Atena Athena Ati Atiena
Atieno Atinuke Atiyye Atla Atlanta Attie Attracta Aubree Aubrie Aud Aude Audra Audrey Audriana
Audrianna Audrina Audry Augusta Augustina Aulikki Aune Aura Aurelia Aureliana Aurica Aurilla
Aurora Aurore Aurélia Aurélie Ausma Austra Auðbjörg Auðbjört Auðdís Auðlín Auðna Auðný Auðrún
Auður Ava Avah Averi Averie Averil Avie Avis Avril Avunç Awero Awesi Awhina Axelle Axelma Axelía
Axenia Aya Ayan Ayana Ayanna Ayasun Aybet Aycagül Aydar Ayduru Ayelén Ayesha Aygönenç Aygül
Aygün Ayhan Ayinke Aykut Ayla Ayleen Aylil Aylin Aylla Aynilhayat Aynur Aynımah Ayoka Ayse Aysel
Aysema Aysevim Aysu Aysuna Ayten Aytöz Ayu Ayyaruk Ayçan Ayülker Ayşeana Ayşenur Azade Azahar
Azahara Azalea Azalee Azaria Azariah Azeneth Aziza Azize Azra Azucena Azul Azzie Açılay Aída
Aïcha Aðalbjörg Aðalbjört Aðalborg Aðaldís Aðalfríður Aðalheiður Aðalrós Aðalsteina Aðalsteinunn
Aðalveig Aþena Ağbegim Ağca Aşhan Baaba Babett Babette Baby Badegül Baghyawati Bahtinur Baiba
Bailee Bairbre Balaxanım Balca Baldey Baldrún Baldvina Ballı Bama Banü Bara Barb Barbara Barbie
Barbora Barbra Barbro Barbára Barica Barkha Basriye Bassí Baylee Baylie Bağdat Bea Beadie Beata
Beate Beatrice Beatrijs Beatrix Beatriz Beaulah Bebba Beckie Becky Bediriye Bee Begga Begim
Begoña Behiza Belen Belgizar Belia Belinda Belkize Bella Belle Belva Belén Bena Benedicte
Benedikta Benedikte Benedita Benek Bengta Benice Benidikta Benigna Benita Benna Benney Benný
Benta Bente Bentey Benthe Bentína Benía Beníta Bera Beray Berdie Berenice Bergdís Bergen Bergey
Bergfríður Bergheiður Berghildur Berglaug Berglind Bergljót Berglín Bergmannía Bergný Bergrán
Bergrín Bergrós Bergrún Bergþóra Berit Beriye Bernadett Bernadette Bernadine Bernarda Bernardine
Bernardita Berneice Bernetta Bernhardine Bernice Berniece Bernita Bernódía Berra Berrin Berta
Bertha Berthe Bertina Besarta Besey Bess Besse Bessie Bessí Beste Bestla Beta Betania Betanía
Beth Betha Bethan Bethann Bethany Bethzy Betina Betsey Betsy Betsý Bette Betti Bettie Bettina
Betty Bettye Bettyjane Bettylou Bettý Beula Beulah Bev Beverlee Beverley Beverly Beyhatun
Beyonce Bezek Beáta Bhanumati Bhavani Bhavika Bhavini Bhavna Bhavya Bhekisisa Bhekizizwe
Bhekokwakhe Bianca Bianka Bibi Bibiana Bibisora Bibiána Bidayet Biddie Bieke Bienvenida Bil
Bilay Bilginur Bilha Biljana Bilkay Bilkisu Billye Bimala Bina Binay Birben Birdella Birdie
Birgid Birgitt Birgitta Birgitte Birgül Birna Birsan Birta Birte Birtha Birthe Birtie Birtna
Biruta Biserka Bishakha Bitten Bitül Bjargdís Bjargey Bjargheiður Bjarghildur Bjarglind Bjarkey
Bjarklind Bjarma Bjarndís Bjarney Bjarnfríður Bjarngerður Bjarnheiður Bjarnhildur Bjarnlaug
Bjarnrún Bjarnveig Bjarný Bjarnþrúður Bjarnþóra Bjartey Bjartmey Björg Björgey Björgheiður
Björghildur Björk Björney Björnfríður Björt Bjørg Blanaid Blanca Blanch Blanche Blanchie
Blandine Blanduzia Blanka Blathnaid Blažena Blerina Blerta Blessing Blossom Bluette Bláey Blædís
Blín Blíða Blómey Bobba Bobbi Bobbye Bodil Boel Boga Bogdana Bogdís Bogey Bogga Boghildur
Boglárka Bohdana Bohumila Bohuslava Bolatito Boluwatife Bonita Bonnie Bonny Bonu Borbála Borg
Borgdís Borghildur Borgný Borgrún Borgþóra Bosibori Botnía Bouchra Bozena Božena Božica Božidara
Braelyn Braga Braghildur Branddís Brande Brandee Brandi Brandie Branislava Branka Brea Breana
Breann Breanna Breanne Breda Bree Breeda Breege Breffni Brenda Brendah Brenna Breonna Bria
Briana Brianda Brianna Brianne Brid Bridget Bridgett Bridgette Bridgit Bridie Brielle Briget
Brigette Brighid Brigid Brigita Brigitta Brigitte Briley Brilyant Brimdís Brimhildur Brimrún
Brinda Brinley Brionna Brisa Bristol Brit Brita Britany Britney Britni Britny Britta Brittaney
Brittani Brittanie Brittnay Brittnee Brittney Brittni Brittnie Brittny Brona Bronach Bronagh
Bronislava Bronwen Bronwyn Brooke Brooklynn Broņislava Bruna Brunhild Brunhilde Bruni Brunilda
Bryana Bryanna Brylee Bryn Bryndís Brynfríður Bryngerður Brynheiður Brynhildur Brynja Brynlee
Brynn Brynný Bryony Brá Brák Brândușa Bríana Bríanna Bríet Brígida Buelah Buena Buffy Bukurije
Bula Bulah Buna Bunmi Burcuhan Burkney Busara Busisiwe Buşra Bylgja Byrdie Bára Bárbara Bärbel
Béatrice Béatrix Bénédicte Bérengère Bérénice Bíbí Bína Bóel Bót Bóthildur Büreyre Büşranur
COmfort Caddie Cadence Caetana Cahan Cailin Cailyn Cait Caitlin Caitlyn Caitlynn Caitriona Cajsa
Caldonia Caleigh Cali Calista Calixta Calla Calleigh Cambria Camelia Cami Camila Camilla Camisha
Cammie Canan Candace Candela Candelaria Candelas Candi Candice Candida Candis Candy Candyce
Canfeza Cannie Canseven Canur Caoilfhionn Caoimhe Capitola Cappie Caprice Capucine Cara Caragh
Caren Cari Caridad Carie Carin Carina Carine Carisa Carissa Carita Carla Carlee Carleen Carleigh
Carlene Carley Carli Carlijn Carlota Carlotta Carly Carlyn Carma Carmela Carmelita Carmella
Carmenza Carmina Carminho Caro Carola Carolann Carole Carolee Carolien Carolin Carolina Caroline
Carolyn Carolyne Carolynn Caron Carra Carren Carri Carry Caryl Caryn Casandra Casiana Casie
Cassandra Cassondra Cataleya Catalina Catarina Caterina Catharina Catharine Catherina Catherine
Catheriona Cathern Cathey Cathi Cathie Cathleen Cathrin Cathrina Cathrine Cathriona Cathryn
Cathy Catia Catina Catinca Catrin Catrina Catrine Catrinel Catriona Caydence Cayetana Cayla
Caylee Ceara Cecelia Cecile Cecilia Cecilie Cecilija Cecille Cecily Cecilía Cecília Cedide Ceil
Celena Celene Celesta Celeste Celestia Celestina Celestine Celia Celie Celina Celinda Celine
Cemiyle Cena Centa Centrine Ceola Cerasela Cevale Ceyla Ceylin Ceyran Cezara Chaaya Chaitaly
Chaka Chakrika Chaman Chameli Chana Chanchal Chanda Chandani Chanel Chanelle Chaney Chanez
Chanie Chaniya Channie Chantal Chante Chantel Chantelle Charis Charissa Charisse Charita Charity
Charla Charlee Charleen Charlene Charline Charlize Charlott Charlotta Charlottie Charlsie
Charmaine Charolette Charos Charvi Chasity Chasmum Chastity Chausiki Chavvi Chaya Chebet
Chelangat Chelo Chelsea Chelsey Chelsi Chelsie Chelsy Chepkemoi Chepkoech Chepkorir Cher
Cherelle Cheri Cherie Cherilyn Cherise Cherish Cherith Cherotich Cherrelle Cherri Cherrie Cherry
Cherryl Cheryl Cheryle Cheryll Chessie Chestina Cheyanne Chi Chiamaka Chiara Chidimma Chimere
Chinelo Chinyere Chipukizi Chiquita Chiraz Chita Chizoba Chloe Chloie Chloé Chloë Chlóe Chrissie
Chrissy Christa Christabel Christal Christeen Christel Christelle Christen Christena Christene
Christi Christiana Christiane Christianne Christin Christine Christl Chrystal Chyna Chynna
Ciaobella Ciara Ciarra Ciarrai Cicely Cici Cielo Ciera Cierra Cihan Ciji Cilla Cilli Cilly Cinda
Cindi Cindy Cinnamon Cinta Cinthia Cinthya Cintia Cinzia Cipriana Cirkeline Citlali Citlalli
Citra Claire Clara Clarabelle Claribel Clarice Clarinda Clarine Clarisa Clarissa Clarisse
Classie Claudette Claudia Claudina Claudine Cleda Clelia Clella Clemencia Clementina Clementine
Clemie Clemma Cleola Cleone Cleopatra Cleora Cleta Cleva Clevie Cliffie Cliodhna Cliona Clodagh
Cloe Clora Clorinda Clothilde Clotilda Clotilde Cloé Clyda Clydie Clytie Clàudia Cláudia Cläre
Clémence Clémentine Codrina Codruța Coleen Coletta Colette Coline Colleen Collette Colomba
Columbia Comfort Concepcion Concepción Concepta Concetta Concha Conchita Consolata Constance
Constantina Constanza Constanze Constança Constanța Consuela Consuelo Contina Cora Coraima Coral
Coralia Coralie Coraline Corda Cordelia Cordella Cordia Cordie Cordula Corean Corene Coretta
Cori Corie Corina Corine Corinna Corinne Corliss Cornelia Cornie Corona Corrie Corrina Corrine
Cosima Cosmina Courteney Crenguța Creola Crescencia Cressie Crete Crina Crissie Crissy Crista
Cristal Cristen Cristi Cristiana Cristin Cristina Cristine Cristy Crysta Crystal Csilla Cuheyna
Custodia Cvetka Cydney Cyndi Cyntha Cynthia Cándida Cátia Cäcilia Cäcilie Cécile Célestine Célia
Célina Céline Cătălina Dace Daciana Dafina Dafne Dagbjörg Dagbjört Dagfríður Daggrós Dagheiður
Dagmar Dagmara Dagmey Dagny Dagný Dagrún Dahiana Dahlia Daiana Daiga Daija Daijah Daina Dainess
Dairine Daisey Daisha Daisie Daisy Daisye Daja Dajana Daksha Dalaja Daldís Daley Dalia Dalila
Dalili Dalima Dalla Dallilja Dalrós Dalía Damaris Damienne Damini Damjana Damlanur Damyanti
Danae Daneen Danelle Danette Daney Danfríður Danheiður Danhildur Dania Danica Daniela Daniella
Danielle Danijela Danika Danique Danita Danitza Danièle Danna Dannielle Danuta Danuše Danyel
Danyell Danyelle Danía Daníela Daníella Daphne Daphné Darci Darcie Daria Dariana Darika Darina
Darinka Darja Darla Darleen Darlene Darline Darling Darlyne Dary Dasia Davida Davina Davnet Dawn
Dawna Dawne Dayamai Dayami Dayana Dayanara Dayita Dayle Dayna Dayse Daðey Daðína Deana Deandra
Deann Deanna Deanne Dearbhail Dearbhaile Dearbhla Deasia Deb Debbi Debbie Debbra Debby Debera
Debi Debora Deborah Deborrah Debra Debrah Debroah Debóra Dedra Dee Deeann Deedee Deena Deepa
Deetta Deha Deicy Deidra Deidre Deirbhile Deirdre Deisy Deja Dejah Delaney Delcie Delfina Delia
Deliah Delila Delilah Delina Delinda Delisa Dellar Delle Dellia Dellie Delois Delora Delores
Deloris Delpha Delphia Delphine Delsie Delta Dema Demetra Demetria Demi Dena Dendý Deneen Denese
Denice Deniis Denine Denisa Denise Denisha Denisse Denita Derly Derval Dervilla Dervla Derya
Deryanur Desirae Desiree Desirée Despina Dessa Destany Destinee Destiney Destini Destiny Devi
Devika Dewi Deyanira Dezzie Değer Dhriti Diah Dian Diana Dianah Diandra Diann Dianna Dianne
Dicie Dicy Dida Didda Didina Dietlind Dietlinde Digna Dijana Dilara Dilcan Dildora Dilfeza
Dilhuş Dilja Diljá Dillie Dilnoz Dilnur Dilsitan Dilşad Dilşat Dimitrina Dimmblá Dimmey Dimple
Dina Dinah Dinda Dione Dionisia Dionne Dipta Dita Ditte Divan Divya Dixie Diya Diyora Diána
Diāna Djuana Djuna Dobromila Dobroslava Dochia Docia Doina Dola Dollie Dolly Dollye Dolores
Doloris Dolphine Domenica Dominga Dominika Dominque Domitila Domnica Domonique Dona Donata
Donatella Donia Donie Donita Donna Doralisa Dorathea Dorathy Dorcas Dorcus Doreen Dorene Doretha
Doretta Dori Doriana Dorien Dorina Dorinda Dorine Doris Dorit Dorita Dorla Dorle Dorli Dorota
Dorotea Doroteja Dorotha Dorothe Dorothea Dorothee Dorothy Dorothée Dorottya Dorte Dortha Dorthe
Dorthea Dorthey Dorthy Dosha Doshia Doshie Dosia Dossie Dot Dottie Dotty Dounia Dove Dovie
Doyinsola Doğannur Draga Dragana Dragica Drahomíra Drahoslava Drauma Draumey Drema Drita
Droplaug Drucilla Drusilla Drífa Drótt Dröfn Duha Dulce Dulcie Dumisani Dumisile Dumitra
Dumitrana Dunja Dunyo Durdona Durgadin Durna Dursadiye Duyguhan Duyên Dušanka Dwan Dyan Dymphna
Dympna Dzidra Dzintra Dáša Dæja Débora Déborah Désirée Día Díana Díanna Díma Dís Dísa Dísella
Dóa Dómhildur Dóra Dórey Dóris Dórothea Dórótea Dóróthea Dögg Dögun Döner Dörte Dörthe Dúa Dúfa
Dúna Dünya Dürrüşehvar Dýrborg Dýrfinna Dýrleif Dýrley Dýrunn Dārta Dương Eadaoin Earlean
Earlene Earline Earnestine Eartha Eathel Eavan Ebba Eboni Ebonney Ebony Ecaterina Ecegül Echo
Ecrin Eda Edaviye Edda Eddah Edel Edelgard Edelmira Edeltraud Edeltraut Edeltrud Edhitha Edil
Edilma Edina Edinah Edit Edita Edith Editha Edla Edmonia Edna Ednah Edona Edra Edrie Edris
Eduarda Edwina Edyth Edythe Edīte Eesha Eeva Efemía Effa Efil Eftimia Egedía Egenur Eggrún Egla
Egzona Ehrentraud Eija Eik Eila Eileen Eilis Eilish Eimear Eimer Eimhear Einbjörg Eindís Einey
Einfríður Einhildur Einrún Einína Eir Eira Eiravati Eirdís Eirfinna Eirný Eiríka Eirún Eithel
Eithne Eivor Eiðný Eiðunn Ekaja Ekani Ekanta Ekantika Ekaterina Ekiya Ekta Ela Elaina Elaine
Elamiye Elana Elayne Elba Elberta Elcira Elcy Elda Eldbjörg Eldey Eldlilja Eldora Eldrún Elea
Eleanor Eleanora Eleanore Elease Electa Eleina Elektra Elena Elenborg Eleni Elenor Elenora
Elenore Eleonor Eleonora Eleonore Eleonóra Elfa Elfi Elfida Elfie Elfreda Elfrieda Elfriede
Elfur Eliabeth Eliana Eliane Elianna Elida Elien Eliette Elif Elifnur Eligia Eliisa Elin Elina
Elinborg Eline Elinor Elinore Eliona Elisa Elisabet Elisabeta Elisabete Elisabeth Elisabetha
Elisabetta Elisaveta Elise Elissa Elita Eliza Elizabet Elizabeta Elizabete Elizabeth Elizbeth
Elize Elizebeth Eliška Elka Elke Ella Ellamae Ellar Elle Ellen Eller Elley Elliana Ellie Ellinor
Ellisif Ellyn Ellín Ellý Elma Elmina Elmira Elmire Elmyra Elna Elnora Eloah Elodia Elodie Elois
Eloisa Eloise Elona Elosy Elouise Eloá Eloísa Eloïse Els Elsa Elsabet Elsbeth Else Elsebeth
Elsie Elsy Elsí Elsý Elta Elva Elvan Elvana Elvera Elvi Elvia Elvie Elvina Elvira Elvire Elvy
Elvíra Elvý Elvīra Elwanda Elwira Elyse Elyssa Elzada Elzbieta Eléa Eléna Eléonore Elía Elíana
Elín Elína Elínbet Elínbjörg Elínbjört Elínborg Elíndís Elíngunnur Elínheiður Elínrós Elíná
Elírós Elísa Elísabet Elísabeth Elīna Elżbieta Ema Emal Emaline Emanuela Emanuella Emanuelly
Ember Embla Emelia Emelie Emelina Emeline Emely Emelyne Emelía Emelíana Emelína Emer Emeralda
Emese Emilce Emilee Emilia Emiliana Emilie Emilija Emilly Emilse Emily Emilía Emilíana Emilíanna
Emilý Emina Emine Emiş Emmaculate Emmah Emmalee Emmaline Emmanuelle Emmer Emmi Emmie Emmy Emmý
Emogene Emperatriz Emy Emília Emý Emīlija Ena Encarna Encarnación Encarnita Endah Ene Eneka
Enfes Engilbjört Engilráð Engilrós Engla Enid Enika Enikő Eniola Enith Enja Enna Enola Enriqueta
Enya Enóla Eola Eowyn Eppie Epsie Era Erbay Erdmute Erem Eres Ergül Erica Ericka Erika Erina
Eris Eriş Erla Erlen Erlene Erlinda Erline Erlín Erma Ermina Ermine Erna Ernestina Ernestine
Erny Erva Ervaniye Erykah Eryn Erzsébet Esengün Eshana Esi Esila Esja Eslemnur Esma Esmanperi
Esmarelda Esmee Esmeralda Esmira Esmée Esna Esparta Esperanza Essa Essence Essi Essie Esta
Estefani Estefania Estefany Estefanía Estela Estell Estella Estelle Ester Estera Esteri Esther
Estie Estiva Estrella Eszter Eta Etela Etelka Etelvina Etha Ethel Ethelene Ethelyn Ether Ethie
Ethna Ethne Ethyl Ethyle Etna Etta Etter Ettie Eudora Eufemia Eufemía Eufrosina Eugenia Eugenie
Eugénia Eugénie Eula Eulah Eulalia Eulalie Eulália Euna Eunice Eunika Euphemia Eura Eusebia Eva
Evalena Evaline Evalyn Evalyne Evamaria Evangelia Evangelina Evangeline Evangelista Evanghelina
Evde Eve Evelena Evelia Evelien Eveliina Evelin Evelina Eveline Evelyne Evelynn Evelína Everline
Everlyne Evette Evey Evfemía Evgenía Evi Evia Evie Evija Evita Evlalía Evon Evonne Evrim Evy
Evíta Ewa Ewatomi Ewelina Exa Exie Ey Eybjörg Eybjört Eydís Eyfríður Eygerður Eygló Eyhildur
Eyja Eyjalín Eyleif Eylín Eyrós Eyrún Eyveig Eyvör Eyþrúður Eyþóra Ezgin Eðna Eşim Fabia Fabiana
Fabienne Fabiola Fabiënne Fabrizia Fadekemi Faderera Fadile Fadime Fadıla Fae Fainche Fairy
Faisa Faith Faizah Faize Falak Falguni Fallon Falon Fancy Fanndís Fanney Fanni Fannie Fannlaug
Fanny Fannye Fanný Farah Farangiz Farhiya Farhunnisa Farida Farijika Fariza Farrah Farzona
Fathonah Fatigül Fatiha Fatima Fatime Fatinur Fatma Fatmanur Fatmire Fatuma Fawn Fay Faye Fayize
Febe Febi Febrún Feden Federica Fehintola Fehmiye Felecia Felicia Feliciana Felicidad Felicie
Felicitas Felicity Feline Felipa Felisa Felisha Felista Felister Felistus Felizitas Fella Fem
Fema Femke Fenna Fenne Ferahdiba Feraye Ferhan Feriel Ferinaz Fermuta Fern Fernanda Fernande
Ferne Ferny Feruza Feryas Feyha Feyzin Fiamma Fibikemi Fidan Fidaye Fidela Fidelia Fidelma Fien
Fiene Fikayomi Fildan Filipa Filippa Filippía Filipía Filiz Filofteia Filomena Filoména Finna
Finnbjörg Finnbjörk Finnboga Finnborg Finndís Finney Finnfríður Finnlaug Finnrós Finola Fiona
Fionna Fionnuala Fionnula Fiorella Firdevis Fitnat Fitore Fitria Fitriani Fjalldís Fjolla Fjóla
Flavia Flavie Fleda Fleeta Fleta Fleur Flo Floare Floarea Flonnie Floor Floortje Flora Florance
Flore Florencia Florene Florentina Florentine Florența Floretta Floriana Floriane Florica Florie
Florina Florinda Florine Florrie Flossie Flurina Flóra Folashade Folda Fonda Fortunata Forum
Fotima Fouzia Franca Francesca Franchesca Francia Francies Francina Francine Francisca Franciska
Francisquita Francoise Francy Franka Fransiska Františka Franziska Françoise Frauke Freda
Frederica Fredericka Frederika Frederike Frederikke Frederique Fredrika Freeda Fregn Freia
Freida Freja Fresia Freya Freydís Freygerður Freyja Freylaug Freyleif Frida Fridah Frieda
Friedericke Friederike Friedhilde Friedl Friedlinde Frigg Friðbjörg Friðbjört Friðborg Friðdís
Friðdóra Friðey Friðfinna Friðgerður Friðjóna Friðlaug Friðleif Friðlín Friðmey Friðný Friðrika
Friðrikka Friðrós Friðrún Friðsemd Friðveig Friðþóra Frona Fronia Fronie Fronnie Frostrós
Frusina Frán Frédérique Fríða Fríður Fróðný Fuma Fumiko Fura Fátima Félicie Féline Fía Fídes
Fífa Fönn Fügen Gabel Gabriela Gabriella Gabrielle Gabrielly Gabríela Gabríella Gaby Gaia Gaida
Gaja Gala Galilea Galina Gambo Ganga Ganimete Ganiye Garima Gasti Gauja Gaurangi Gauri Gaurika
Gautami Gauthildur Gawati Gayathri Gaye Gayla Gaylene Gaynell Gaëlle Geanina Gearldine Geetika
Gefjun Gefn Geira Geirbjörg Geirdís Geirfinna Geirfríður Geirhildur Geirlaug Geirlöð Geirný
Geirríður Geirrún Geirþrúður Gelengül Gelsomina Gema Gemma Gena Genesis Geneva Genevieve
Geneviève Genevra Gennie Genovefa Genoveva Genta Gențiana Georganna Georgeann Georgeanna
Georgene Georgeta Georgetta Georgette Georgiana Georgiann Georgianna Georgina Georgine Georgía
Geraldine Geralyn Gerarda Gerardine Gerda Gerdi Gerhild Gerlind Gerlinde Germana Gerri Gerta
Gertha Gerti Gertie Gertraud Gertraude Gertraut Gertrud Gertrude Gertrudis Gertrúda Gerða Gerður
Gesa Gesare Gesche Gesine Gestheiður Gestný Gestrún Geta Gethera Getrude Geza Ghaliyati
Gherghina Ghislaine Gia Giada Giana Gianina Gianna Gidget Giesela Gifty Gigi Gilberte Gilda
Gillian Gillie Gillý Gilma Gilslaug Gina Ginette Ginger Ginny Gioia Giorgia Giorgiana Giovanna
Girtha Gisa Gisela Gisele Giselle Gislinde Gisselle Gissunn Gisèle Gitta Gitte Giulia Giuliana
Giulietta Giuseppa Giuseppina Gizela Gizella Gizem Gjaflaug Gladis Gladyce Gladys Glenda
Glendora Glenna Glennie Glennis Glenys Glinda Gloria Gloría Glynda Glynis Gló Glóa Glóbjört
Glódís Glóey Glóð Gná Godelieva Godelieve Golda Goldia Goldie Goma Goncafer Gordana Grace
Gracelyn Gracia Graciana Gracie Graciela Grainne Grania Grayce Grazia Graziella Grazyna Grațiana
Grațiela Greca Grecia Greet Gregoria Grein Gret Greta Gretchen Grete Gretel Grethe Gretl Gretta
Gricelda Griet Grieta Grisel Griselda Grit Gro Grélöð Grét Gréta Gríma Grímey Grímheiður
Grímhildur Gróa Grēta Gudrun Gudula Gugu Gugulethu Guillermina Gullbrá Gullveig Gullý Gumma Gun
Gunborg Gunda Gundel Gundhild Gundi Gundula Gunhild Gunilla Gunita Gunn Gunnbjörg Gunnbjört
Gunnborg Gunndís Gunndóra Gunnel Gunnella Gunnfinna Gunnfríður Gunnharða Gunnheiður Gunnhildur
Gunnjóna Gunnlaug Gunnleif Gunnlöð Gunnrún Gunnur Gunnveig Gunnvör Gunný Gunnþóra Gunnþórunn
Gunta Gunvor Gurli Gurrý Gusta Gusti Gustie Guusje Guðbjörg Guðbjört Guðborg Guðdís Guðfinna
Guðfríður Guðjóna Guðlaug Guðleif Guðlín Guðmey Guðmunda Guðmundína Guðný Guðríður Guðrún
Guðsteina Guðveig Gwen Gwenaëlle Gwenda Gwendolen Gwendoline Gwendolyn Gwyn Gwyneth Gyda Gytta
Gyða Gyðja Gyðríður Gyöngyi Györgyi Gæfa Gæflaug Génesis Géraldine Gía Gígja Gísela Gísla Gísley
Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gök Gökperi Gökçe Göli Gönül Görsev Gözem Gúa Gül
Gülay Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder Güldünya Gülenay Güler Gülev Gülfari
Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Gülkadın Güllühan Gülmira Gülmisal Gülnar Gülnaz
Gülnaziye Gülnur Gülper Gülsalın Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac
Gülten Gülter Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülözge Gülüs Gülüstan Gülüş Gülşa Gülşeref
Günar Günay Günebakan Güngören Günsel Gürcüye Gürten Güverçin Güzey Habiba Habibe Hacile Hadassa
Hadassah Hadda Haddý Hadicha Hadija Hadiza Hadjer Hadrey Hafbjörg Hafborg Hafdís Hafey Hafliða
Haflína Hafný Hafrós Hafrún Hafsa Hafsat Hafshah Hafsteina Hafþóra Hafıza Haiba Hailee Hailey
Hailie Hajnalka Haleigh Halenur Haley Hali Halie Halima Halina Halisi Haliye Halla Hallbera
Hallbjörg Hallborg Halldís Halldóra Halle Hallfríður Hallgerður Hallgunnur Hallkatla Hallný
Hallrún Hallveig Hallvör Hamima Hamiyet Hamsini Hana Hanbiken Hani Hania Hanife Hanim Hanja
Hanna Hannabel Hannah Hannchen Hanne Hannele Hannelore Hanney Hanny Hanora Hansa Hansultan
Hansína Harbinaz Harinakshi Harini Harita Harlene Harmony Harpa Harriet Harriett Harriette
Haruko Hasel Hasgül Hashiki Hasna Hasret Hassie Hatice Hatima Hatin Hauwa Hauður Hava Havali
Havse Hawa Hawehindi Hayat Haydée Hayel Haylee Hayleigh Hayley Haylie Hayrünnisa Hazel Hazelle
Hazine Hazle Heather Heaven Heba Hedda Hedi Hedvig Hedviga Hedvika Hedwig Hedy Hedí Hege Heide
Heidelinde Heidelore Heidemarie Heiderose Heidi Heidrun Heidy Heike Heiða Heiðbjörg Heiðbjörk
Heiðbjört Heiðbrá Heiðdís Heiðlaug Heiðlóa Heiðný Heiðrós Heiðrún Heiður Heiðveig Hekime Hekla
Helaine Helan Heleen Helen Helena Helene Helga Heli Helinä Hella Helle Hellen Hellena Hellevi
Helma Helmi Helmtrud Heloisa Heloise Heloísa Helvi Helyn Helén Heléne Helēna Hema Hemal
Hemangini Hemani Hendrikka Henife Henna Henni Hennie Henny Henný Henretta Henrieta Henrietta
Henriette Henrika Henrike Henríetta Hera Heracleea Herbjörg Herbjört Herborg Herdis Herdís
Herfríður Hergerður Herlaug Herlinda Herlinde Herma Hermelinda Hermina Herminda Hermine Herminia
Hermína Hersilía Herta Hertha Hervör Herþrúður Hessie Hester Hesti Hettie Hetty Heva Hezniye
Hicran Hidaya Hilah Hilayda Hilda Hildah Hildburg Hilde Hildegard Hildegarde Hildegart Hildegund
Hildegunde Hildibjörg Hildigerður Hildigunnur Hildiríður Hildisif Hildred Hildur Hilkka Hillevi
Hilma Hiltraud Hiltrud Himinbjörg Hind Hinet Hinewai Hinrika Hinrikka Hiral Hjalta Hjaltey
Hjálmdís Hjálmey Hjálmfríður Hjálmgerður Hjálmrós Hjálmrún Hjálmveig Hjördis Hjördís Hjörfríður
Hjörleif Hjörný Hjörtfríður Hlaðgerður Hlédís Hlíf Hlín Hlökk Hodari Holli Holly Honora
Hortencia Hortense Hortensia Hortenzia Houda Hoşkadem Hrafna Hrafnborg Hrafndís Hrafney
Hrafngerður Hrafnheiður Hrafnhildur Hrafnkatla Hrafnlaug Hrafntinna Hraundís Hrefna Hreindís
Hrund Hrólfdís Hróðný Hrönn Huban Hubertine Hugbjörg Hugbjört Hugborg Hugdís Hugljúf Hugrún
Huguette Huia Huld Hulda Huldah Huldrún Huldís Humaira Humaiya Humayra Hurican Hurşide Hvönn
Hákonía Héloïse Hélène Hólmbjörg Hólmdís Hólmfríður Hödd Högna Hörn Húnbjörg Húndís Húngerður
Hüda Hülya Hümeyra Hürmet Hürüyet Hüsnühâl Hương Iara Iasmina Iben Ibeth Ibironke Ibolya Ica
Icey Icha Icie Icy Idabelle Idamae Idda Ide Idell Idella Idika Idun Iesha Ieshia Ieva Ifa Ifeoma
Ifora Ifunanya Ignacia Iida Iiris Ijaya Ika Ikram Ikshita Ila Ilah Ilaria Ilda Ildiko Ildikó
Ildız Ileana Ilene Ilenia Ilga Iliana Ilinca Ilka Illa Ilma Ilmur Ilo Ilona Ilonka Ilsa Ilse
Ilze Ima Imane Imani Imany Imara Imelda Imene Imke Immaculate Immý Imo Imogen Imogene Imona Ina
Inaya Inda Indah Indali Indi Indie Indira Indy Indía Indíana Indíra Ine Inell Ines Inese Ineta
Inez Inga Ingalill Ingdís Ingeborg Ingeburg Ingegerd Ingegärd Ingela Ingelise Ingelore Inger
Ingetraud Ingetraut Ingey Ingheiður Inghildur Ingibjörg Ingibjört Ingiborg Ingifinna Ingifríður
Ingigerður Ingilaug Ingileif Ingilín Ingimaría Ingimunda Ingiríður Ingirós Ingisól Ingiveig
Ingrid Ingrida Ingried Ingrún Ingrīda Inguna Ingunn Ingveldur Inka Inken Inkeri Inmaculada Inna
Insa Inta Intan Inès Inés Inês Ināra Ioana Ioanina Iola Iolanda Iona Ione Ionela Ionelia
Iosefina Irena Irene Iretioluwa Iriana Iridenta Iridian Irina Irine Iris Irja Irma Irmela Irmeli
Irmengard Irmgard Irmhild Irmi Irmingard Irmtraud Irmtraut Irmtrud Irmý Irpa Irva Irya Iryna
Irène Irén Iréne Irēna Irıs Isabel Isabela Isabell Isabella Isabelle Isabelly Isadora Isaline
Isamar Isaura Ise Isha Ishani Ishanvi Ishita Isidora Isis Isla Isobel Isolde Isolina Ita Itanya
Itzel Itziar Iulia Iuliana Iustina Ivah Ivana Ivanka Ivanna Iveta Ivette Ivie Ivka Ivona Ivone
Ivonne Iwona Iyabode Iyadunni Iyana Iyanna Iymona Iza Izabela Izabella Izabelle Ize Izetta Izola
Izora Iða Iðunn Işin Işın Jaana Jacalyn Jacey Jacinta Jacintha Jackeline Jacki Jackie Jackline
Jacklyn Jaclyn Jacobine Jacque Jacquelin Jacqueline Jacquelyn Jacquline Jacqulyn Jada Jadranka
Jadwiga Jaeda Jael Jaelyn Jaelynn Jagrati Jagvi Jahi Jaida Jailene Jailyn Jaimee Jakayla
Jakobína Jaleesa Jalisa Jalissa Jaliyah Jalsa Jalyn Jalynn Jamalia Jami Jamila Jamiya Jamya Jana
Janae Janaki Janani Janay Jane Janeen Janel Janell Janelle Janene Janessa Janet Janeta Janeth
Janett Janetta Janette Janey Janiah Janice Janie Janin Janina Janine Janiya Janiyah Janja Janna
Janneth Jannette Janni Jannie Jannika Januja Janya Janyce Jaquelin Jaqueline Jara Jarmila
Jaromíra Jaroslava Jaruthip Jarún Jarþrúður Jasiri Jaslene Jaslyn Jasmijn Jasmina Jasmine
Jasminka Jasmit Jasmyn Jasmyne Jasmín Jasna Jaunita Javiera Jaycee Jaycie Jayda Jayde Jaye Jayla
Jaylah Jaylee Jayleen Jaylene Jaylinn Jaylyn Jaylynn Jayne Jazlene Jazlyn Jazlynn Jazmin Jazmine
Jazmyn Jazmyne Jazmín Jaël Jeana Jeane Jeanetta Jeanette Jeanie Jeanine Jeanmarie Jeanna Jeanne
Jeannette Jeannie Jeannine Jeanny Jebet Jecinta Jedidah Jeevika Jekaterina Jelagat Jele Jelena
Jelita Jelka Jemima Jemimah Jemma Jemutai Jena Jenelle Jenetta Jenifer Jeniffer Jenilee Jenipher
Jenna Jennette Jennie Jennifer Jenniffer Jenny Jenný Jensína Jente Jepchirchir Jepchumba
Jepkemoi Jepkoech Jepkorir Jepkosgei Jeptoo Jeraldine Jeri Jerica Jerilyn Jerilynn Jerneja
Jerono Jerop Jerotich Jerri Jerrica Jerrie Jerrilyn Jerusha Jeruto Jeryl Jesca Jesenia Jesica
Jessenia Jessi Jessica Jessika Jessye Jessý Jesusa Jet Jetta Jewel Jhalak Jhoana Jil Jill
Jillian Jimena Jina Jindřiška Jinnie Jinthe Jitka Jiřina Joana Joanie Joann Joanna Joanne
Joaquina Jocelyn Jocelyne Jocelynn Jodi Jodie Jody Joell Joella Joelle Joellen Joetta Joette
Johana Johanna Johannah Johanne Johnna Joi Joke Jolana Jolanda Jolanta Jolanthe Joleen Jolene
Jolette Jolie Jolien Jolijn Jolina Joline Jolán Jonell Jonna Jordana Jordin Joretta Jorja Jorunn
Josefa Josefiina Josefin Josefina Josefine Josefita Joselin Joseline Joselyn Josepha Josephina
Josephine Josette Josiane Josianne Josie Josiephine Josipa Joslyn Josphine Jossie Josy Josée
Joséphine Journey Jovana Jovina Jovita Joyce Joycelyn Joye Joyline Jozefína Joëlle Jožefa Jožica
Juana Juanita Judi Judie Judit Judita Judith Judy Judyth Juli Julia Juliana Juliane Juliann
Julianna Julianne Julie Julienne Juliet Julieta Julieth Juliette Julija Julijana Julisa Julissa
Julita Juna Juni Junia Junie Justina Justyna Justína Jutta Juulia Jyoti Jytte Járnbrá Járngerður
Jázmin Jéssica Jóa Jóanna Jódís Jófríður Jóhanna Jólín Jóna Jónanna Jónasína Jónbjörg Jónbjört
Jóndís Jóndóra Jóney Jónfríður Jóngerð Jónheiður Jónhildur Jóninna Jónný Jónída Jónína Jóný Jóra
Jórlaug Jórunn Jóríður Jósebína Jósefín Jósefína Jökla Jökulrós Jörgína Júdea Júdit Júlia Júlía
Júlíana Júlíanna Júlíetta Júlírós Júnía Júníana Jūla Jūle Jūlija Kaaren Kaarina Kaat Kacey Kaci
Kacie Kacy Kadence Kadijah Kadri Kadınana Kaela Kaelyn Kaelynn Kahina Kaia Kaija Kaila Kailee
Kailey Kailyn Kaisa Kaitlin Kaitlyn Kaitlynn Kaiya Kaja Kajsa Kaleena Kaleigh Kalene Kaley Kalie
Kalina Kaliyah Kalla Kallie Kaltrina Kaluwa Kalyn Kamala Kamaria Kami Kamila Kamilah Kamilla
Kamilly Kamma Kamora Kamya Kamí Kandace Kandef Kandi Kandice Kandy Kanesha Kani Kania Kanisha
Kapitola Kapítóla Kara Karama Kardelen Karen Karie Karima Karimah Karin Karina Karine Karis
Karissa Karitas Karla Karlee Karlene Karley Karlie Karlijn Karlinna Karlotta Karly Karlína
Karlīna Karmen Karola Karolien Karoliina Karolin Karolina Karoline Karolyn Karolína Karon Karren
Karri Karrie Karsyn Kartika Karyl Karyme Karyn Karí Karín Karína Karítas Karó Karólín Karólína
Kasandra Kashish Kashvi Kasie Kasiyah Kaskazi Kassandra Kassidy Kassie Kata Katalin Katalina
Katariina Katarina Katarzyna Katarína Katarīna Katcha Kate Katelijne Katelin Katelyn Katelynn
Katerina Katerine Katerína Kateřina Kathaleen Katharina Katharine Katharyn Katherin Katherina
Katherine Katherinne Kathern Katheryn Kathey Kathi Kathie Kathinka Kathleen Kathlene Kathlyn
Kathrin Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katica Katie Katina Katinka Katja
Katla Katleen Katlin Katlyn Katlynn Kato Katri Katrien Katriina Katrijn Katrin Katrina Katrine
Katriona Katrín Katrína Katrīna Kattie Katty Katy Katý Kaver Kavya Kaya Kaycee Kaydence Kayla
Kaylah Kaylan Kaylee Kayleen Kayleigh Kaylen Kaylene Kayley Kayli Kaylie Kaylin Kaylyn Kaylynn
Kazuko Kaðlín Keanna Keara Kecia Keeley Keely Keena Keesha Keeva Kefser Keila Keira Keisha
Kelcie Keli Kelis Kellee Kelli Kellie Kellý Kelsea Kelsi Kelsie Kemuma Kemunto Kendra Kenia
Kenisha Kenley Kenna Kennedi Kenza Keri Kerime Kerri Kerrie Kerstin Kerttu Kerubo Kesha Keshia
Ketilbjörg Ketilfríður Ketilríður Keya Keyla Kezban Kezia Keziah Khadidja Khadija Khadijah
Khalilah Khanyisile Khloe Kia Kiah Kiana Kiandra Kianna Kiarra Kibafupia Kibibi Kiddý Kiera
Kierra Kiersten Kifaye Kikelomo Kiki Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie
Kimora Kimya Kinaya Kindra Kinga Kinley Kinsey Kinsley Kiojah Kipepeo Kira Kiri Kirsi Kirsten
Kirsti Kirstie Kirstin Kirstine Kirsty Kirstín Kisha Kisima Kitan Kitti Kittie Kitty Kittý
Kiwara Kiya Kiyoko Kizzie Kizzy Kjalvör Kjersti Klara Klaudia Klaudie Klavdija Klea Klementína
Kleópatra Kloe Klothilde Kládía Klára Kläre Kolbjörg Kolbrá Kolbrún Koldís Kolfinna Kolfreyja
Kolgríma Kolka Koncagül Konkordía Konný Konstanze Kora Kordula Kori Korinna Korka Kormlöð
Kornelia Kornelía Kornélia Kortney Kosisochukwu Kourtney Kreszentia Kreszenz Kriemhild Krisha
Krissy Krista Kristal Kristan Kristbjörg Kristborg Kristel Kristensa Kristey Kristfríður
Kristgerður Kristi Kristiane Kristie Kristien Kristiina Kristina Kristine Kristiāna Kristjana
Kristjóna Kristlaug Kristlind Kristlín Kristný Kristrós Kristrún Kristveig Kristvina Kristy
Kristyn Kristíana Kristíanna Kristín Kristína Kristólína Kristýna Kristþóra Krisztina Kritika
Krysta Krystal Krysten Krystin Krystina Krystle Krystyna Kría Ksenija Kuchanua Kumral Kumush
Kunigunda Kunigunde Kutgün Kutun Kvetoslava Květa Květoslava Kwamboka Kweli Kya Kyara Kyla Kylah
Kylee Kyleigh Kylene Kylie Kyllikki Kyra Kyrie Kára Kâzime Käte Käthe Käthi Kæja Kókó Könül
Kübran Künkyi Kısmet Laci Lacie Lada Ladina Ladislava Ladli Ladonna Laetitia Lahoma Laia Laika
Laila Lailah Lailati Lainey Laini Laisha Lajita Lakeisha Laken Lakendra Lakesha Lakeshia Lakisha
Lakshmi Lala Lalita Lalla Laly Lan Lana Lanette Laney Lani Lanie Lanita Laoise Laora Laquita
Lara Larae Laraine Laras Larisa Larissa Lashanda Lashonda Lashunda Lasonya Lassie Latanya
Latarsha Latasha Latesha Latifah Latika Latisha Latonia Latonya Latoria Latosha Latoya Latoyia
Latrice Latricia Latrina Laufey Laufheiður Laufhildur Lauga Laugey Laugheiður Launa Laura Laure
Laureen Lauren Laurene Laurenția Lauretta Laurette Lauriane Laurie Laurina Laurine Lauryn Lavada
Lavanya Lavelle Lavender Lavenia Lavera Laverna Lavina Lavinia Lavona Lavonda Lavonia Lavonne
Lavínia Lavīze Lawanda Lawrencia Layla Laylah Laylo Laze Laëtitia Laíla Laís Leafy Leah Leala
Leana Leandra Leaner Leann Leanna Leanne Leatha Leatrice Leda Leeann Leela Leen Leena Leesa Leia
Leidy Leikný Leila Leilani Leire Leisa Leisha Leitha Lejla Lekha Lela Lelah Lelar Lelia Lella
Lemma Lempi Lenah Lene Leni Lenka Lenna Lenora Lenore Leocadia Leokadia Leola Leoma Leona Leoni
Leonia Leonie Leonor Leonora Leonore Leontina Leontine Leontīne Leonóra Leopolda Leopoldina
Leopoldine Leora Leota Lera Lerze Lesa Lesana Lesia Leslee Lesli Lesly Lesta Leta Letha Lethia
Leticia Letitia Letizia Letiția Letta Lettie Letty Letícia Leva Levina Lexi Lexis Lexus Leydi
Leyla Leyli Leyre Lezize Leïla Leóna Leónóra Lhanzey Li Lia Liana Liane Libbie Libby Libia Libni
Libuša Libuše Liceth Licia Lida Liddie Lidia Lidie Lidija Lidwina Lidya Lieke Lien Liene Lies
Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieselotte Lieve Lieze Ligia Ligita Liisa Lila
Lilah Lili Lilia Lilian Liliana Liliane Lilianna Lilie Lilija Lilijana Lilita Lilja Liljana
Liljurós Liljá Lill Lilla Lillemor Liller Lilli Lillia Lillian Lilliana Lillianna Lillie Lillis
Lilly Lillý Lilo Lilou Lily Lilyan Lilyana Lilyanna Lilý Limon Lina Linah Lind Linda Lindah
Linddís Linde Lindita Line Linet Linette Lingný Linh Linna Linnea Linnéa Linsey Lintang Lioara
Lioba Lipika Liridona Lisa Lisanne Lisbet Lisbeth Lise Liselott Liselotte Liseth Lisette Lisha
Lissa Lissette Lissi Lissie Lissy Listalín Lita Litha Littie Litzy Liv Liva Livia Liwia Liya Liz
Liza Lizabeth Lizbeth Lize Lizete Lizeth Lizette Lizz Lizzie Lizzy Ljiljana Ljubica Ljubov
Ljudmila Ljósbjörg Ljósbrá Ljótunn Lo Lockie Loda Loes Lofn Loftveig Logey Loice Loida Lois
Loise Lokbrá Lola Lolita Lolla Lollie Loma Lona Londisizwe Londiwe Londyn Loni Lonna Lopa
Loraine Lorayne Lore Lorean Loredana Loree Loreen Lorelai Lorelei Lorena Lorene Loretta Loretto
Lori Loria Loriann Lorie Lorinda Lorine Lorna Lorraine Lorrayne Lorri Lorrie Lossie Lot Lota
Lotta Lotte Lotti Lottie Louana Louane Louann Louanna Louella Louetta Louisa Louise Loula Louna
Lourdes Lousie Louvenia Lova Lovey Lovina Lovis Lovisa Lovísa Loyce Loyola Lu Luana Luann Luanne
Luara Luberta Luce Lucero Lucetta Lucette Lucia Luciana Lucie Lucienne Lucija Lucila Lucile
Lucille Lucina Lucinda Lucindy Lucrecia Lucretia Lucrezia Lucreția Lucy Lucía Luda Ludie
Ludivine Ludmila Ludmilla Ludovica Ludwina Luella Luena Luetta Lugenia Luigia Luigina Luisa
Luisana Luise Luisina Luitgard Luiza Lujza Lukka Lulah Lular Lulie Luljeta Lulla Lulu Luminița
Luna Lunna Lupita Lura Lurana Lurena Lurline Lutgarde Lutgardis Lutgart Lutie Luvenia Luvinia
Luz Luzia Luzie Luzmira Luísa Lya Lyda Lydia Lydiah Lydiane Lydianne Lydie Lydía Lykke Lyla
Lylah Lyna Lynda Lyndia Lyndsay Lyndsey Lynette Lyngheiður Lynley Lynne Lynnette Lynsey Lysiane
Lára Lárensína Láretta Lárey Lâle Læla Lærke Léa Léana Léane Léna Léone Léonie Léontine Lía Líba
Líf Lífdís Lín Lína Línbjörg Líndís Líneik Líney Línhildur Lísa Lísabet Lísandra Lísbet Lísebet
Lív Lívia Lóa Lóreley Lúcia Lúcía Lúna Lúsinda Lúsía Lúvísa Lúísa Lúðvíka Lüfen Lýdia Lýdie
Lýdía Lăcrămioara Lība Līga Līna Līza Lūcija Maaike Maaria Maarit Maartje Mabel Mabell Mabelle
Mable MacKenzie Macarena Macaria Macel Macey Machelle Maci Macide Macie Macy Madaha Madalena
Madaline Madalyn Madalynn Madara Maddalena Maddison Maddý Made Madeleine Madelene Madelief
Madeline Madelyn Madelynn Madge Madhavi Madie Madilyn Madilynn Madina Madini Madisen Madisyn
Madleina Madlen Madlyn Madoa Madonna Madora Madyson Maebell Maebelle Maegan Maeva Maeve Mafalda
Maftuna Magali Magalie Magaly Magan Magarete Magda Magdalen Magdalena Magdalene Magdaline
Magdaléna Magdolna Magen Magga Maggey Maggie Maggy Maggý Magna Magndís Magnea Magnes Magney
Magnfríður Magnheiður Magnhildur Magnolia Magnúsína Magný Magnþóra Magret Magrit Magðalena
Mahala Mahali Mahalia Mahalie Mahi Mahigül Mahika Mahnaz Mahter Mahulena Mai Maia Maida Maie
Maighread Maija Maike Maiken Maila Maimuna Maimunah Maira Maire Mairead Mairin Maisa Maisha
Maisy Maite Maitê Maivi Maiya Maja Majani Majella Majken Majvor Makaila Makala Makarena Makayla
Makena Makenna Makenzie Maksüde Mala Malak Malaya Malea Maleah Malen Malena Malene Malgorzata
Malia Maliah Malika Malin Malinda Malissa Malissie Maliyah Maliza Malla Malle Mallie Mallorie
Mallory Malorie Malou Malu Malva Malvina Malvína Malwina Malía Malín Mame Mamen Mammie Manca
Manda Mandi Mandie Mandy Manel Manerva Manervia Manie Manila Manilla Manja Manola Manon Manuela
Manuelita Manuella Manuelle Manya Manúela Mara Maraea Maralyn Maranda Marcela Marcelina
Marceline Marcella Marcelle Marcheta Marci Marcia Marcie Marcy Mardell Mardís Mare Maree Mareen
Mareike Mareikura Mareile Marela Mareli Marella Marely Maren Marese Marey Marfríður Marga
Margaret Margareta Margarete Margaretha Margarethe Margarett Margaretta Margarette Margarida
Margarita Margarite Margaritha Margaréta Margaud Margaux Marge Margene Margeret Margery Marget
Margherita Margie Margit Margita Margitta Margo Margot Margoth Margret Margreth Margrethe
Margrett Margretta Margrieta Margrit Margrith Margrjet Margrét Marguerite Margueritte Margunnur
Margurite Margy Marheiður Maria Mariah Mariam Mariana Mariane Marianela Mariangela Marianita
Mariann Marianna Marianne Maribel Maribeth Marica Maricel Maricela Maricica Maricruz Marie
Mariechen Marieke Mariel Mariela Mariele Mariella Marielle Marieluise Marietta Mariette Marija
Marijana Marijke Marika Marikó Marilee Marilena Marilla Marilou Mariluz Marilyn Marilynn Marina
Marinda Marine Marinela Marinella Marinette Marini Marinka Marioara Mariola Marisa Marise
Marisel Marisela Marisol Marissa Maristela Marit Marita Maritta Maritza Mariyah Marja Marjaana
Marjana Marjanca Marjani Marjatta Marjeta Marjo Marjona Marjorie Marjory Marjukka Marjut
Marketta Markita Markrún Markéta Marla Marlana Marlaug Marlee Marleen Marleigh Marlen Marlena
Marlene Marleny Marlie Marlies Marliese Marlis Marlise Marly Marlys Marlyse Marlène Marlén
Marlín Marlís Marni Marnie Marnita Marolyn Marquita Marry Marsa Marselía Marselína Marsha
Marsibil Marsilía Marsý Marta Marte Martha Marthe Marti Martika Martina Martine Martirio Martta
Martína Maruša Marva Marvel Marwa Mary Maryam Maryann Maryanne Marybelle Marybeth Maryellen
Maryjane Maryjo Marylee Marylin Maryline Marylou Marylouise Marylyn Marylène Maryse Maryvonne
Marzena Marí Maríam Marían Maríana Maríanna Marín Marína Marínella Maríon Marísa Marísól Marít
Maríuerla Marólína Marý Masako Massiel Masume Matea Mateja Mathilda Mathilde Matie Matilda
Matilde Matta Mattea Matthea Matthilda Matthildur Matthía Mattie Mattye Mattíana Mattína Mattý
Maua Maud Maude Maudie Maura Maureen Mauricette Maurine Mavie Mavis Maxima Maxine Maya Maybell
Maybelle Maye Mayerly Mayme Maymie Maynur Mayra Maysa Mayte Mazie Maëlle Maëlys Maëva Maía
Maídís Maísól Maïté Maşide Maša Maža Mckayla Mckenna Mckenzie Meabh Meadow Meagan Meaghan
Mechelle Mechthild Mechthilde Mechtild Mecide Meda Media Medina Medora Meera Mefharet Meg Megan
Meggan Megha Meghan Meghana Meghann Mehdiye Mehin Mehrigül Mehrimoh Meibh Meike Meja Mekhala
Mekkin Mekkín Melaha Melania Melanie Melanine Melany Melba Melek Meleknur Melikkan Melina
Melinda Melisa Melissa Melissia Melita Melitta Melkorka Mellie Mellisa Mellissa Melodee Melodie
Melody Melonie Melony Melrós Melva Melvina Melvine Melánia Melûl Mena Mendy Menfeat Menişan
Meral Merba Mercedes Merche Mercy Mercyline Mereana Meredith Merel Meret Merete Merethe Meriem
Merike Merilyn Merim Merita Merja Merlene Merna Merri Merrie Merrilee Merrily Merry Mertie Merva
Merve Mervi Mery Meryem Meryeme Meryl Messíana Mesude Meta Metha Metka Metrine Metta Mette
Mettie Meveddet Mevlüdiye Mey Meyhanim Meyransa Mezide Mia Miah Micaela Micayla Michaela
Michaele Michala Micheala Michela Michelina Micheline Michell Michelle Michèle Mickie Mie Mieke
Miesha Migdalia Mignon Miguela Mihaela Mihrab Mihriye Miia Mikaela Mikaelína Mikaila Mikala
Mikalah Mikayla Mikkalína Mila Milada Milagros Milana Milcah Milda Mildred Mildríður Milena
Miley Milica Milissa Milka Milkah Milla Millaray Mille Millicent Millie Milly Millý Miloslava
Milota Milou Miluše Mima Mimi Mimmi Mimoza Mimy Mina Minda Mindi Mindy Minerva Minervia Minibe
Minna Minney Minnie Minný Minodora Minta Mintie Mioara Mira Mirabela Miracle Miranda Miray
Mirdza Mireia Mireille Mirela Mirella Mireya Miriah Miriam Miriama Mirian Mirja Mirjam Mirjami
Mirjana Mirlinda Mirna Mirona Miroslava Miroslawa Mirra Mirriam Mirta Mirte Mirtha Mirthe Mirtie
Miruna Miryam Misra Missie Missy Mist Misti Mistie Misty Misuli Mitali Mitchelle Mittie Mitzi
Mitzy Miya Miyesser Mjalldís Mjallhvít Mjaðveig Mjöll Mkarkara Mnqobi Moa Modena Modesta Modupe
Moesha Mofifoluwa Mohini Mohinur Mohlaroyim Moira Mojca Mojisola Mojisoluwa Mollie Molly Mona
Monalisa Monica Monicah Monika Monique Monja Monna Monnie Monserrat Mora Moraa Moradeke Morayo
Moreen Morena Morenike Morgane Moriah Morine Morolake Mosinmileoluwa Mossie Mosunmola Motunrayo
Moureen Mourine Moya Moyosore Mozell Mozella Mozelle Mrihani Muarra Mubina Mufide Mugdha Muhima
Muhiye Muhsina Muireann Muizza Mujde Mukbile Mumtoz Munda Mundheiður Mundhildur Mundína Munisa
Muriel Murielle Mursalina Musaffa Musfira Mushtariy Musila Muslima Mutia Muvahhide Muxlisa
Muzayyana Muzdalifa Mwamini Mwanajuma Mwanamisi Mwasaa My Mya Myah Myla Mylee Mylie Mylène Myra
Myranda Myriam Myrle Myrna Myrra Myrta Myrtha Myrthe Myrtice Myrtie Myrtis Mábil Málfríður
Málhildur Málmfríður Mánadís Máney Mára Mária Márta Máxima Märta Märtha Mégane Mélanie Mélina
Mélissa Mélodie Mía Mínerva Míra Míranda Mítra Módís Móeiður Móey Móheiður Móna Mónica Mónika
Móníka Mörk Mübetcel Mücevher Müferrih Müjde Mükrüme Mülayim Mümtaze Münezzer Müret Müsemma
Müveddet Müğber Müşkünaz Müşüre Mýr Mýra Mýrún Māra Mārīte Mădălina Mălina Mărioara Măriuca
Nabila Nada Nades Nadeschda Nadeshda Nadežda Nadia Nadin Nadine Nadja Nadège Nadía Naděžda
Nafile Nafula Nahla Naiara Naide Naima Naimh Nair Naja Najuma Najwa Naki Nakisha Nakita Naliaka
Nallely Nalân Nan Nana Nanci Nancie Nancy Nandini Nanette Nanie Nanjala Nanna Nannette Nannie
Nanný Nansý Naoimh Naom Naoma Naomh Naomi Naomy Naomí Narcisa Narcissus Narhanim Narimane
Narıngül Nashipie Nasiba Nasra Nastja Natacha Natalee Natali Natalia Natalie Natalija Natalja
Nataly Natalya Natalía Natasa Natascha Natasha Natasja Natasza Nataša Natașa Natella Nath
Nathalia Nathalie Nathaly Nathari Nathasha Natividad Natosha Natália Natálie Natālija Nautica
Nawal Nayara Nayaret Nayareth Nayeli Nayely Nayfa Nayibe Naz Nazende Nazi Nazimet Nazlihan Nazlı
Nazıdil Naómí Ndumiso Nea Nealie Nealy Neasa Nebiha Necilal Necva Nedda Nedjma Nedra Neelima
Neema Nefaret Nefiye Neha Neja Nejdet Nekesa Nela Nelah Nelcy Nelda Nele Nelia Nelie Nelima Nell
Nella Nelle Nelli Nellie Nelly Nellý Nelsy Nelya Nena Nenna Neola Neoma Neppie Neptün Nerea
Nereida Neriban Nermin Nesfe Neslinur Neslisah Nesrine Nessa Neta Nete Netra Netta Nettie Neva
Nevaeh Neval Neveah Nevenka Nevgin Nevise Nevsale Neyran Nezengül Nezize Neşrin Neža Ngaire
Ngozi Nia Niamh Niara Nichelle Nichol Nichola Nichole Nicki Nicol Nicolasa Nicole Nicoleta
Nicoletta Nicolette Nicoline Nicolle Niculina Nidhi Nidia Nidra Nienke Nieves Nigar Nigesa Nihan
Niharika Niina Nika Niki Nikia Nikita Nikki Nikol Nikole Nikolett Nikoletta Nikolina Nikíta
Nikólína Nila Nilam Nilcan Nilda Nili Nilima Nilufar Nimakoah Nimrat Nina Ninetta Ninioluwa
Ninja Ninna Ninnie Ninoska Ninthe Nira Nirgül Nirja Nisa Nisha Nita Nitara Nives Niðbjörg Niğmet
Njozi Njála Njóla Nkazimulo Nkiruka Nneka Nobantu Nobie Nobuhle Noeleen Noelia Noeline Noelle
Noemi Noemie Noemí Nohely Nohora Noirin Nokulunga Nola Noleen Nolia Nolie Nollaig Noma Nomagugu
Nomalanga Nomasonto Nomathalente Nomathemba Nomcebo Nomthandazo Nomusa Nomvula Nona Nonhlanhla
Nonie Nonjabulo Noora Noortje Nora Norah Nore Noreen Norene Noreta Noretta Norica Norina Norine
Norita Norma Notburga Nothando Nour Nova Novella Novi Noxolo Nozibusiso Nozima Nozizwe Noémi
Noémie Noëlla Noëlle Noëmi Nqobizitha Nuala Nubia Nula Nura Nuran Nuray Nurbanu Nurda Nurdeniz
Nurey Nurgil Nurhayet Nuria Nuriya Nuriyet Nurlana Nurmelek Nurseda Nurser Nursim Nurtaç Nurten
Nurul Nurveren Nury Nurşan Nuša Nya Nyaboke Nyah Nyanchama Nyasi Nyasia Nydia Nyla Nylah Nynke
Nyoka Nyoni Nyota Nyree Nyuki Nádia Náttsól Nélida Nína Níní Nóa Nóra Nótt Núria Nübar Nüdret
Nürice Nýbjörg Oana Obdulia Obianuju Octa Octavia Octaviana Octavie Océane Odalis Odalys Odda
Oddbjörg Oddfreyja Oddfríður Oddgerður Oddhildur Oddlaug Oddleif Oddný Oddrún Oddveig Oddvör
Odelia Odeline Odessa Odette Odika Odile Odina Oeshi Ofelia Ofeliya Ogechi Oguş Ojasvi Oktavía
Októvía Olajumoke Olalla Olar Olasunmbo Olena Olene Oleta Olevia Olimpia Olinda Oline Oliva
Olive Olivia Olivie Olivine Ollý Ololade Oluchi Olufunke Olufunmilayo Oluwakemi Oluş Olwen
Olwethu Olympia Olívia Oma Omaira Omaja Omie Omina Omisha Omobolanle Omodunni Omolabake Omolara
Omosalewa Omotara Omotola Omotoun Omowumi Omya Ona Oneida Oneta Oney Oni Onie Onnie Onyinye Oona
Oonagh Opal Opha Ophelia Ophélie Opwonya Orah Oralia Orelia Orene Oreofe Orfelina Orfhlaith
Oriana Orilla Orka Orlagh Orlaigh Orlaith Orlena Orma Ormheiður Ormhildur Orna Ornella Orpha
Orra Orsolya Ortansa Ortrud Ortrun Orvokki Orçin Osa Osha Osiyo Ota Otelia Otilia Otkatla Otta
Ottilia Ottilie Otília Otýlie Otīlija Ouida Outi Oviya Owethu Oxana Oyenike Oyindasola Oysha
Ozana Ozella Ozioma Oľga Pabla Paca Pacífica Padma Padmi Padraigin Pahal Paige Pairlee Paisley
Paityn Paksu Pallavi Pallie Palma Palmira Paloma Pam Pamala Pamela Pamelia Pamella Pandora
Panini Pansy Panya Paola Paoletta Paralee Paramita Paraschiva Parlee Parthenia París Pascale
Pascaline Pascuala Paskalia Pastora Patience Patrica Patricia Patricie Patricija Patrisía
Patrizia Patrícia Patsy Patti Pattie Patty Paula Paule Pauletta Paulette Paulica Paulien
Pauliina Paulin Paulina Pauline Paulína Paulīna Pavani Pavla Pavlína Paye Payten Paz Peace Pearl
Pearla Pearle Pearlene Pearlie Pearline Pearly Peggie Peggy Pekkan Pembesin Penelope Penina
Peninah Penni Pennie Penny Pepita Pepper Peren Perinur Peris Perla Perlita Permelia Permun
Pernilla Pernille Perri Perrine Pesent Peta Petra Petrana Petrea Petrina Petrona Petronela
Petronella Petronila Petruța Petrína Petrónella Petrós Petrún Petrúnella Phanice Phebe Pheobe
Phileine Philippa Philippine Philis Phillis Philomena Philomene Phoebe Phylicia Phylis Phyliss
Phyllis Pia Piedad Pien Pierette Pierina Pierrette Pietra Piia Pilar Pili Pina Pink Pinkey
Pinkie Piper Pippa Piran Piret Pirjo Pirkko Piroska Pleun Pluma Polina Pollie Polly Pollý Polona
Polonca Pompilia Pooja Poppy Porsche Porsha Portia Precious Pricilla Primitiva Prisca Priscah
Priscila Priscilla Priscillah Prisha Priska Priya Profira Prudence Prudencia Prudie Pría Puck
Puji Puk Puput Purificación Purity Pushti Puspa Puti Putri Pála Páldís Páley Pálfríður Pálhanna
Pálheiður Pálhildur Pálmey Pálmfríður Pálrún Pálín Pálína Päivi Päivikki Pénélope Pétrína Pétrún
Pía Pürçek Qaratel Qiana Qori Queenie Quiana Quinter Quinty Qumru Qushi Raagini Rabbiye Rabea
Rabecca Rabi Racha Rachael Rachana Racheal Rachel Rachelle Rachida Rachita Rachèle Racquel Rada
Radeke Radha Radhika Radka Radmila Radoslava Radovana Raegan Raelyn Raelynn Raewyn Rafaela
Rafaella Raffaela Raffaella Rafia Rafila Rafney Rafnhildur Ragna Ragnbjörg Ragney Ragnfríður
Ragnheiður Ragnhild Ragnhildur Rahab Rahayu Rahel Rahiye Rahma Rahmi Raija Raili Raina Raisa
Raissa Rajata Rajeshri Rakel Rakide Raksha Raluca Ramona Ramóna Rana Randalín Randi Randíður
Randý Rani Rania Ranka Rannva Rannveig Raphaela Raphaëlle Raquel Rashida Rasma Ratih Ratna
Rayana Rayhona Rayla Raymonde Rayna Rayne Rayyona Rayén Reanna Reatha Reba Rebeca Rebecca
Rebecka Rebeka Rebekah Rebekka Rebihat Reet Refet Regena Regenia Reginbjörg Regine Regitse
Regitze Regula Regína Regīna Rehema Rehime Reidun Reina Reingard Reinhild Reinhilde Rejane Rella
Remedios Rena Renada Renae Renata Renate Renea Renee Rengül Reni Renita Rennie Renske Renáta
Renée Resi Ressie Restu Reta Retha Retta Rettie Reva Revza Reyhan Reyn Reyna Reyndís Reynheiður
Reynhildur Rezin Rhea Rheta Rhian Rhianna Rhianne Rhiannon Rhona Rhonda Ria Rianna Rica Ricarda
Richelle Ridhi Rigmor Rihanna Riikka Riina Riitta Rika Rikka Rikke Rikki Rilla Rillie Rim Rina
Rinda Rini Ripley Risa Risper Rita Ritt Ritva Riya Roberta Robertina Robiya Robyn Rochelle Rocio
Rocío Rodah Rodica Roena Roise Roisin Rojnu Roksana Rolanda Rolande Rollande Romaine Romana
Romane Romanița Romina Romona Romy Rona Ronda Roni Ronja Ronke Ronna Ronya Roos Roosa Rorí Rosa
Rosabelle Rosalba Rosalee Rosaleen Rosalia Rosalie Rosalina Rosalind Rosalinda Rosalinde
Rosaline Rosalva Rosalyn Rosalía Rosamond Rosann Rosanna Rosanne Rosaria Rosarie Rosaura Rose
Roseann Roseanna Roseanne Rosel Roselinde Roseline Rosella Roselyn Roselyne Rosemarie Rosemary
Rosena Rosenda Rosetta Rosette Rosey Rosi Rosia Rosie Rosina Rosita Rosl Roslyn Rosmarie Rossana
Roswita Roswitha Rosy Rotraud Rotraut Rowena Roxana Roxane Roxann Roxanna Roxanne Roxelana Roxie
Roxy Roza Rozalia Rozalija Rozanne Rozella Roziya Rozália Rubi Rubie Rubiela Rubye Rudīte Rufina
Ruhide Ruhshona Ruhugül Ruie Rukia Rumaysa Rumeysa Runný Ruperta Ruqayya Ruqiya Rut Ruta Rute
Ruth Rutha Ruthann Ruthanne Ruthe Ruthie Ruthild Ruxanda Ruxandra Ruzica Ruža Ružena Ružica
Ryann Ryleigh Rylie Rym Ryma Rán Ráðhildur Régine Réka Ríkey Rín Ríta Róberta Róbjörg Rós Rósa
Rósalind Rósanna Rósbjörg Rósborg Róselía Rósey Rósfríður Róshildur Rósinkara Rósinkransa Róska
Róslaug Róslind Róslinda Róslín Rósmary Rósmarý Rósmunda Rósný Róza Rózsa Róża Röfn Rögn Röskva
Röya Röyal Rúbý Rún Rúna Rúndís Rúnhildur Rúrí Rübeyda Rümeysa Rıfkıye Růžena Saanvi Saar Saara
Sabihe Sabina Sabine Sable Sabra Sabrina Sabrína Sabína Sabır Sachi Sada Sadao Sade Sadeti Sadia
Sadie Sadina Sadiye Sadye Safia Safina Safinaz Safiri Safiya Safta Safura Saga Sahil Sahra Saida
Saige Saire Sakina Sakura Salbjörg Saldís Salena Salgerður Salima Salimah Salimet Salina Salka
Sallie Sally Salma Salný Salome Salomea Salomey Salomé Salsabila Salud Salvör Salwa Salín Salína
Salóme Samahat Samanta Samantha Samara Samatha Samiah Samina Samira Samiya Samiyah Sanaa Sanai
Sanavber Sanaya Sanda Sandie Sandra Sandrine Sanela Sanije Sanita Saniya Saniyah Sanja Sanjuana
Sanjuanita Sanna Sanne Sanni Sannie Santina Santía Sanur Sanya Saoirse Sapa Saphira Sara Sarabi
Sarafina Sarah Sarahi Sarai Sari Sariah Sarina Sarita Sarmīte Sarrah Sarvinoz Sarya Sarína
Saskia Satu Saturnina Satıa Saumu Saumya Saundra Sauti Savana Savanah Savanna Savannah Saveta
Savilla Savina Sayalı Saygın Saçı Scarlet Scarleth Scarlett Scarlette Seana Seanan Seaneen
Seanna Sebigül Seblâ Sebrina Sedife Sefanía Sefer Segilola Sehel Seija Sejda Selah Selcan Selcen
Selena Selene Selime Selin Selina Seline Selja Selka Selma Selmin Selçuk Semat Semenica Semine
Semra Semrin Sena Seniha Senora Senta Senía Seona Septi Septíma Sera Serafina Serah Seraina
Sereina Serena Serenity Serfinaz Serina Serine Serma Sernur Serpil Servinaz Seselía Sesilía
Sessa Sesselja Sesselía Sessilía Sevara Sevcan Sevdinar Severina Severine Sevgen Sevginur
Sevican Sevil Sevim Sevinc Sevinch Sevla Sevsevil Seyhan Seyyide Sezen Seçgül Shae Shahina
Shahnoza Shaina Shakila Shakira Shalon Shalonda Shameka Shamika Shana Shanae Shanda Shandra
Shaneka Shanell Shanelle Shanequa Shani Shania Shanice Shaniece Shanika Shaniqua Shanita Shaniya
Shanna Shannan Shannen Shanta Shante Shantel Shantell Shaquana Shaquita Shara Shardae Sharday
Sharde Sharee Sharen Shari Sharita Sharla Sharleen Sharlene Sharman Sharonda Sharron Sharyl
Sharyn Shasta Shatara Shauna Shauneen Shaunna Shavon Shavonne Shawana Shawanda Shawna Shawnda
Shawnee Shawnna Shawnte Shayla Shaylee Shayna Sheela Sheelagh Sheena Sheila Sheilah Sheilla
Sheillah Shelba Shelbi Shelbie Shelia Shelli Shelva Shelvia Shelvie Shena Shenna Sheree Sheri
Sherie Sherilyn Sherita Sherlyn Sheron Sherree Sherri Sherrie Sherron Sherry Sherryl Sheryl
Sheryll Sheyla Shianne Shiela Shiloh Shinead Shira Shirl Shirlee Shirleen Shirlene Shirleyann
Shirlie Shivani Shona Shonda Shonna Shpresa Shqipe Shravya Shreya Shukrona Shyann Shyanne Shyla
Sian Sibbie Sibel Sibilla Sibille Sibongile Sibusisiwe Sibyl Sibylla Sibylle Sidar Siddie
Sidonia Sidónia Sieglinde Siegrid Siegried Siegrun Sien Siena Sienna Sierra Sif Sigdís Sigdóra
Sigfríð Sigfríður Sigga Siggerður Siglinde Sigmunda Signa Signe Signhildur Signý Sigrid Sigrun
Sigríður Sigrún Sigurbirna Sigurbjörg Sigurbjört Sigurborg Sigurbára Sigurdríf Sigurdrífa
Sigurdís Sigurdóra Sigurey Sigurfinna Sigurfljóð Sigurgeira Sigurhanna Sigurhelga Sigurhildur
Sigurjóna Sigurlaug Sigurleif Sigurlilja Sigurlinn Sigurlín Sigurlína Sigurmunda Sigurnanna
Sigurrós Sigursteina Sigurunn Sigurveig Sigurvina Sigurást Sigurásta Sigurða Sigurósk Sigurþóra
Sigyn Sigþrúður Sigþóra Sihawukele Siiri Silanur Sile Silfa Silfrún Silfá Silja Silje Silka
Silke Silla Sille Silondile Silva Silvana Silvia Silviana Silvie Silvija Silvía Sima Simber
Similoluwa Simina Simisola Simona Simonetta Simonne Simphiwe Simten Sina Sinaida Sinda Sindy
Sine Sinead Sini Sinikka Sintija Siobain Sioban Siobhain Siobhan Siofra Siphesihle Sirap Siri
Sirje Sirkka Sirpa Sirra Sirrý Siska Sisko Sissel Sister Sithembiso Siti Siv Siya Sjöfn
Skaidrīte Skarpheiður Skolastika Skugga Skuld Skye Skyla Skúla Skúlína Sladjana Slavica Slavka
Slavomíra Slavěna Sloane Sláva Slávka Smaranda Sneha Snezana Snježana Snjáfríður Snjáka
Snjófríður Snjólaug Snorra Snæbjörg Snæbjört Snæborg Snæbrá Snædís Snæfríður Snælaug Snærós
Snærún Snót Socorro Soffía Sofi Sofia Sofie Sofija Sofía Solange Sole Soledad Soliha Soline
Solma Solmaz Solveig Solvej Solvita Solène Somadina Somer Sommer Sona Sondra Songül Sonia Sonja
Sonji Sonnur Sonný Sonya Sophia Sophie Sophronia Sophy Soraia Sorana Soraya Sorcha Sorina Souad
Soumia Sowande Soykan Soňa Speranța Staci Stacia Stacie Stana Stanca Stanislava Stanka Starla
Starr Stasia Stefana Stefani Stefania Stefanie Stefanía Steffi Stefánný Steina Steinbjörg
Steinborg Steindís Steindóra Steiney Steinfríður Steingerður Steinhildur Steinlaug Steinrós
Steinrún Steinunn Steinvör Steinþóra Stela Steliana Stella Stellah Steluța Stephaine Stephani
Stephania Stephany Stephenie Sterre Stien Stilla Stina Stine Stjarna Stormy Styrgerður Stéphanie
Stígheiður Stígrún Stína Subomi Subutiye Suci Sudie Sudiksha Sue Suellen Suhani Sula Sultane
Sumarlína Sumarrós Sumayya Sunay Sungara Sunna Sunnefa Sunneva Sunniva Sunny Sunníva Sunshine
Susam Susan Susana Susanita Susann Susanna Susannah Susanne Suse Susi Sussanne Sussie Suus Suvi
Suzan Suzana Suzann Suzanna Suzanne Suze Suzette Suzie Suzy Suğra Svafa Svala Svalrún Svana
Svanbjörg Svanbjört Svanborg Svandís Svaney Svanfríður Svanheiður Svanhildur Svanhvít Svanlaug
Svanrós Svanþrúður Svava Svea Sveina Sveinbjörg Sveinborg Sveindís Sveiney Sveinfríður
Sveingerður Sveinhildur Sveinlaug Sveinrós Sveinrún Sveinsína Sveinveig Svenja Svetlana Světlana
Swala Swantje Swetlana Syahrini Sybil Sybilla Sybille Syble Sydell Sydnee Sydni Sydnie Sylgja
Sylivia Sylke Sylva Sylvaine Sylvana Sylvania Sylvia Sylviane Sylvianne Sylvie Sylvía Sylwia
Symone Synnøve Syreeta Sys Szilvia Sára Sânziana Sæbjörg Sæbjört Sæborg Sædís Sæfinna Sæfríður
Sæhildur Sælaug Sæmunda Sæný Særós Særún Sæsól Sæunn Sævör Séverine Sía Sílvia Símonía Sísí Síta
Sól Sóla Sólbjörg Sólbjört Sólborg Sólbrá Sólbrún Sóldís Sóldögg Sóley Sólfríður Sólgerður
Sólhildur Sólkatla Sóllilja Sólný Sólrós Sólrún Sólveig Sólvör Sólín Sónata Sónia Sölva Sölvey
Sölvína Söyler Sørine Søs Súla Súsan Súsanna Süheyda Süleyla Sümerya Süner Süsen Süzer Sırriye
Tabatha Tabea Tabetha Tabita Tabitha Tadeja Tagangül Taina Taja Takisha Tala Talia Talibe
Taliyah Talía Tamala Tamanna Tamar Tamara Tamatha Tamaşa Tambika Tambra Tameka Tamekia Tamela
Tamera Tami Tamia Tamica Tamie Tamika Tamiko Tamilla Tamisha Tammi Tammie Tammy Tamra Tamu Tamya
Tan Tana Tanesha Tangela Tangül Tania Tanika Tanisha Taniya Taniyah Tanja Tanmayi Tanses Tantri
Tanvi Tanya Tanyu Tanía Tara Tarah Taraji Tari Tarja Tarsha Taru Taryn Tasha Tashina Tasia
Tasvir Tatia Tatiana Tatianna Tatjana Tatum Tatyana Tatyanna Tawana Tawanda Tawanna Tawny Tawnya
Taya Tayla Tayyibe Taçnur Tea Tecla Teea Teela Teena Teija Teitný Teja Tekla Teknaz Tella
Tellervo Telma Telse Temime Tempie Tena Tenika Tenisha Tennie Tennille Teodora Teodosia Teona
Tera Tercan Tere Teresa Terese Teresia Teresiah Teresita Teressa Teresía Tereza Terezija Terhi
Teri Terina Terra Terri Terrie Terttu Teréz Terézia Tess Tessa Tessie Teuta Texanna Texie Teybet
Teófila Thabisa Thabisile Thalia Thandazile Thandeka Thandiwe Thea Theda Thekla Thelma Thembeka
Thembekile Thembile Thembisile Theodocia Theodora Theodosia Theodóra Theola Theres Theresa
Therese Theresia Therése Theta Theódóra Thi Thiare Thinhinane Thomasina Thora Thresa Thursa
Thuthukile Thyra Théa Thérèse Tia Tiana Tianna Tiara Tiarna Tiarra Tiberia Ticen Tiegan Tiera
Tierra Tiesha Tiffani Tiffanie Tiffany Tiia Tiina Tiiu Tilda Tilde Tilla Tillie Tilly Timea Tina
Tinca Tincuța Tindra Tineke Tiney Tinie Tinna Tinne Tinnie Tiny Tira Tirsa Tirza Tisha Tishie
Titi Titilayo Titin Tiziana Tjaša Tobi Toccara Todda Tola Tolulope Toluwanimi Tomasa Tomeka
Tomika Tomris Tomurcuk Tonda Tone Tonia Tonicha Tonja Tonje Tonya Tora Torbjörg Torfey
Torfheiður Torfhildur Tori Torie Torill Torrie Tosha Toshiko Tova Tove Tovuz Towanda Toya Tracee
Traci Tracie Traude Traudel Traudl Traute Treacy Treasa Treasure Treena Trena Tresa Tressa
Tressie Treva Tricia Triin Trilby Trina Trine Trini Triona Tripti Trish Trisha Trista Tristana
Triveni Triya Trude Trudel Trudi Trudie Trudy Trula Tryggva Tryggvína Trú Trīne Tuana Tudora
Tudorița Tudosia Tuere Tui Tuija Tula Tule Tulia Turcein Turid Turvi Tutkucan Tutu Tuula Tuuli
Tuulia Tuulikki Tuva Tuğçe Twila Twyla Tyesha Tyla Tyra Tânia Tía Tíbrá Tímea Tína Tóbý Tóka
Tóta Tülay Tülin Tünde Türcan Türkan Türknur Tüzenur Týra Uberlinda Ubika Ucchal Uchita Udeera
Udyati Ugla Ujamaa Ujunwa Ula Ulduz Ulla Ulrica Ulrika Ulrike Ulva Ulya Uma Umande Umi Ummahani
Umoja Umuşan Una Undine Undína Unique Unjani Unna Unnati Unnbjörg Unndís Unni Unnur Upadhriti
Upasna Upma Ura Urishilla Urmi Ursel Ursina Ursula Urszula Urte Urvashi Urvi Urður Urša Urška
Uršuľa Uschi Usyi Uta Ute Uyanser Vacibe Vada Vagna Vagnbjörg Vagnfríður Vaishnavi Vajèn Vaka
Vala Valarie Valary Valbjörg Valbjörk Valbjört Valborg Valda Valdheiður Valdís Valencia
Valentina Valentína Valentīna Valeria Valerie Valerija Valery Valería Valeska Valey Valfríður
Valgerða Valgerður Valhildur Valija Valinda Valka Vallary Vallie Vallý Valný Valorie Valrós
Valrún Valva Valèria Valéria Valérie Valý Valþrúður Vamakshi Vanda Vanesa Vanessa Vania Vanja
Vannie Vansha Vanya Vara Varenya Varlık Varsha Varvara Vasana Vasatika Vashti Vasilica Vassie
Vasudha Vecide Veda Vedhika Vedika Veera Veerle Vefia Veig Veiga Vela Velda Velia Vella Velma
Velta Velva Velvet Vena Vendela Vendula Venera Veneranda Venessa Venice Venie Venita Venla
Vennie Venus Veola Verda Verde Verdell Verdie Verena Vergie Verla Verlene Verlie Vernelle
Vernetta Vernia Vernice Vernita Verona Veronica Veronicah Veronika Veronique Versa Versie Vertie
Verónica Verónika Veróníka Vesna Vessie Vesta Veta Vetrarrós Veva Vezrife Vi Vibeka Vicenta
Vicenția Vicie Vickey Vicki Vickie Vicky Victoire Victorine Victoría Victória Vicy Vida Vidhi
Viera Vieroslava Vigdís Vigný Viivi Vija Vikki Viktoria Viktorie Viktorija Viktoría Viktória
Vilborg Vildane Vilde Vildís Vilfríður Vilgerður Vilhelmiina Vilhelmina Vilhelmína Villa
Villimey Vilma Vilný Vina Vinaya Vinbjörg Vincenza Vinciane Vineta Viney Vinie Vinnie Vinný
Vinsý Viola Violet Violeta Violetta Violette Viorela Viorica Vira Virdie Virgia Virginie
Virginía Viridiana Virpi Virág Visitación Vita Vittoria Vitória Viva Viveka Vivi Viviana Viviane
Vivianne Vivienne Viðja Vjollca Vladimíra Vlora Vlădelina Voichița Vonda Vonetta Voney Vonnie
Vordís Vreneli Vrinda Vrishti Vritti Vuokko Vyanjana Vár Vân Vébjörg Védís Végerður Vélaug Véný
Véronique Víbekka Víf Vígdögg Víggunnur Vísa Víóla Víóletta Věra Waceera Wafae Waida Waimarie
Wakeeta Walburga Waldtraut Walentina Walli Waltraud Waltraut Waltrud Wanda Waneta Wani Wanita
Warda Warhi Waridi Waseme Watika Wava Weddy Weena Wenche Wencke Wende Wendi Wendolin Wendy Wenke
Wera Whitley Wibke Widisha Widya Wiebke Wikitoria Wilda Wilfriede Wilhelmina Wilhelmine Willa
Willene Willia Williemae Willodean Willow Wilma Wiltrud Winda Windy Winni Winnifred Winny Winona
Wirda Wishi Wulan Wuraola Wynona Xalak Xanım Xena Xenia Ximena Xiomara Xiti Xumar Xuân Xénia Yaa
Yachana Yadavi Yadira Yahaira Yahvi Yahşi Yaiza Yajaira Yamile Yamilet Yamilex Yamini Yana
Yanara Yance Yanet Yaneth Yani Yanina Yanira Yara Yareli Yaretzi Yaritza Yasemen Yasemin
Yashasvi Yashawini Yashica Yashoda Yashodhara Yashvi Yasina Yasinta Yasmeen Yasmin Yasmina
Yasmine Yasmín Yasna Yasti Yauvani Yazgül Yazmin Yazmín Yda Yeimy Yejide Yekbun Yeni Yenifer
Yenny Yeny Yepelek Yesenia Yesica Yessenia Yessi Yessica Yetta Yetunde Yewande Yeşil Yfke Yina
Yineth Yinthe Ylenia Ylfa Ylfur Ylja Ylva Ylvi Ylvie Ynja Yocelyn Yochana Yolanda Yolande Yolima
Yolonda Yoselin Yoshiko Yoshita Yosma Yousra Yrja Yrsa Ysaline Yudy Yuli Yulia Yuliana Yulieth
Yulisa Yulissa Yuly Yuni Yunita Yurani Yurany Yurdaser Yuridia Yurtseven Yury Yutika Yvette
Yvonne Yésica Yéssica Yücel Yıldız Zada Zadie Zaenab Zaharia Zahfer Zahnya Zahra Zahro Zaida
Zainab Zainabu Zaira Zaitra Zaituni Zakhele Zakiyaxon Zaliha Zalindra Zamfira Zamira Zana Zandra
Zaniyah Zansi Zara Zaraza Zaria Zariah Zarina Zarna Zaynab Zdenka Zdeňka Zdislava Zebirce Zehnia
Zehra Zehranur Zejna Zela Zelaya Zelda Zelha Zelia Zella Zelma Zelpha Zemfira Zemzem Zena Zenia
Zenobia Zenovia Zenta Zenzile Zerafet Zeride Zeta Zetta Zettie Zevlüde Zeynep Zeyno Zhane Ziba
Zibuyile Zigrīda Zilfa Zillah Zilmil Zilpah Zilpha Zina Zinal Zineb Zinhle Zinnura Zinnure
Zipporah Zita Zizi Zlatica Zoa Zoe Zoey Zofia Zofija Zoie Zoila Zoja Zola Zona Zora Zoraida
Zorica Zorka Zoé Zoë Zsanett Zsuzsanna Zsófia Zubeyde Zula Zulaikha Zulema Zulfa Zulma Zumaridi
Zunilda Zuwena Zuzana Zvonka Zélie Zöhrehan Züheyla Zülbiye Züleyxa Zülfüye Zümre Zümrüd África
Ágata Ágatha Ágnes Águeda Ágústa Ágústína Álfdís Álfey Álfgerður Álfheiður Álfhildur Álfrós
Álfrún Álfsól Ámbar Ángela Ángeles Ánh Árbjörg Árbjört Árdís Árelía Árlaug Ármey Árna Árndís
Árney Árnheiður Árnína Árný Ársæl Ársól Árveig Árvök Áróra Árún Árþóra Ása Ásbjörg Ásborg Ásdís
Ásfríður Ásgerður Áshildur Áskatla Ásla Áslaug Ásleif Ásný Ásrós Ásrún Ást Ásta Ástbjörg
Ástbjört Ástdís Ástfríður Ástgerður Ástheiður Ásthildur Ástríður Ástrós Ástrún Ástveig Ástþrúður
Ástþóra Ásvör Áurea Âlemşah Ângela Änne Åsa Åse Ægileif Æsa Æsgerður Çalım Çağlar Çevregül Çilga
Çimnaz Çisem Çolpan Édith Élisabeth Élise Élodie Éléonore Émilie Érica Éva Ída Íma Ína Íngrid Ír
Íren Írena Íris Írunn Ísabel Ísabella Ísadóra Ísafold Ísalind Ísbjörg Ísdís Ísey Ísfold Ísgerður
Íshildur Ísis Íslaug Ísleif Ísmey Ísold Ísrún Íssól Ísveig Ísól Íunn Íva Óda Ófelía Óla Ólafía
Ólafína Ólavía Ólivía Ólína Ólöf Ósa Ósk Ótta Ögmunda Ögn Ölrún Ölveig Ömriye Örbrún Örfiye Örk
Ösp Övün Özay Özbilge Özdeş Özge Özgün Özlem Özpetek Özyurt Úa Úlfa Úlfdís Úlfey Úlfheiður
Úlfhildur Úlfrún Úlla Úna Úndína Úranía Úrsula Úrsúla Üge Ülke Ülküm Ülle Ümmahan Ümmühan Ümray
Ünal Ürper Üçgül Ýja Ýma Ýr Ýrr Þalía Þeba Þeódís Þeódóra Þjóðbjörg Þjóðhildur Þoka Þorbjörg
Þorfinna Þorgerður Þorgríma Þorkatla Þorlaug Þorleif Þorsteina Þorstína Þrá Þrúða Þrúður Þula
Þura Þurí Þuríður Þurý Þyri Þyrí Þóra Þóranna Þórarna Þórbjörg Þórdís Þórelfa Þórelfur Þórey
Þórfríður Þórgunna Þórgunnur Þórhalla Þórhanna Þórheiður Þórhildur Þórkatla Þórlaug Þórleif
Þórný Þórodda Þórsteina Þórsteinunn Þórstína Þórunn Þórveig Þórvör Þórða Þöll Þúfa Ārija Đurđica
Ērika İde İhsan İklim İldeş İlkbahar İlklima İlper İmge İmrihan İncifir İnsaf İntizar İrfan
İslime İsra İzel İçimbike Ľubica Ľubomíra Ľuboslava Ľudmila Ľudomila Şadıman Şahdiye Şahinder
Şahnaz Şahnuray Şahıgül Şamiha Şayan Şazime Şefiye Şehreban Şehza Şelâle Şemsinisa Şennur Şeref
Şerman Şevketfeza Şeyda Şilan Şirivan Şöhret Şüküfe Šarlota Špela Štefanija Štefica Štefka
Štefánia Štěpánka Šárka Žaneta Željka Želmíra Živa Žofia Žofie Ștefana Ștefania
"""

_UNISEX = """
Abdi Ada Ade Adel Ahmed Ale Alex Alexandr Alexis Ali Alsoy Alva Amani Amari Amor Andra Andrea
Angalia Angel Antonie Ardell Arden Arie Ariel Aris Arley Arlie Armani Arta Asanti Ashley Ashton
Asiman Atha Aubrey Audie Auguste Avni Aydan Bahari Bailey Bambi Bebe Beda Bell Bennie Bertie
Beryl Bethel Billie Billy Bird Birgit Blair Blake Blær Bo Bobbie Bobby Boma Brandon Brandy Brett
Britt Brittany Brogan Brooklyn Burnice Byrd Callie Cameron Camille Campbell Camryn Cannur Carey
Carlie Carmel Carmen Carmine Carol Carrie Carrol Carroll Carson Cary Casey Cassidy Cassie Cato
Ceyhun Chandler Chandra Channing Charley Charlie Charo Chase Cheyenne Chris Christie Christina
Christy Chuki Chus Clair Clare Claude Claudie Clem Clemence Clemmie Cleo Codie Connie Conny
Corey Cortney Cory Courtney Cruz Daire Dakota Dale Dana Dani Daniele Dannie Dany Dara Daragh
Darby Darcy Darian Darragh Del Dell Della Delma Denis Deniz Dennie Dessie Devan Devin Devyn
Dewey Diamond Diane Dominique Donnie Dora Dorris Drew Dusty Dylan Earlie Eddie Edie Effie Eka
Elgie Elgin Eli Elia Elisha Elli Ellis Elly Elza Emerald Emerson Emery Emma Encarnacion Enea
Enzi Erie Erin Esra Evance Evelyn Ever Fahari Fanaka Faraja Felice Fimar Finley Flor Floy Fran
Franc Frances Francis Frankie Freddie Gabi Gabriele Gail Gale Garnet Garnett Gay Gayle Gene
Genie Georgie Gerd Geri Germaine Gerry Gilman Glenn Golden Guadalupe Guiomar Gussie Günver
Hadley Halley Hallie Harley Harlow Harper Hassan Hattie Haven Hayden Hekima Henri Hilary Hillary
Hollie Hollis Hope Hunter Hussein Ibrahim Ida Indra Infant Inge Ira Isa Iva Ivey Ivica Ivory Ivy
Jade Jaden Jadyn Jaiden Jaidyn Jaime Jamey Jamie Jammie Jan Janis Jann Janne Jasmin Jayden
Jaylen Jaylin Jayme Jean Jeffie Jenni Jensen Jesse Jessie Jessy Jettie Jewell Jo Joan Johnie
Johnnie Joni Jonnie Jordyn José Joy Jua Jule Justine Juul Kader Kahurangi Kala Kali Kamari
Kameron Kamryn Kaombwe Karan Karel Kari Karli Karma Karol Kasey Kay Kayden Kaye Kelley Kelly
Kelsey Kendal Kendall Kennedy Kenyatta Kenzie Kerry Kiara Kiburi Kijana Kiley Kim Kimberly
Kipenzi Kirby Kris Krishna Kristen Kristian Kristin Kyle Lacey Lacy Lannie Larue Lashawn Laurel
Laurence Lauri Lavern Laverne Lavon Laçın Lea Lee Leigh Leighton Lena Lennie Leone Lesley Leslie
Lessie Lexie Lindsay Lindsey Lindy Linn Linnie Logan Lone Lonie Lonnie Lora Loren Lorenza Loreto
Loris Lou Louie Love Lovie Loïs Luca Lue Luka Lula Lupe Luverne Lyn Lynn Lyric Mackenzie Mae Maj
Makini Mamie Manaia Mannie Manu Mar Mari Marian Marin Marion Marjan Marley Marlo Marlyn Marty
María Matija Matunda Maxi Maxie Mckinley Mell Merle Micah Michal Michel Michele Mickey Milan
Mohamed Mohammed Montie Morgan Murl Myrl Myrtle Nakia Nanni Naoise Nazaret Nicola Nihad Nihal
Nikola Noa Noel Noor Ocie Oda Odell Odie Ola Olav Olga Olie Ollie Ora Oral Orla Orrie Osie Ossie
Otha Ottie Ova Ozell Ozie Parker Pascal Pat Patrice Payton Peyton Presley Quinn Rae Rael Raven
Reagan Reece Reese Regan Reilly Rein Reine Rene Reshoni Reyes Rhoda Ricki Riley Risalet Robbie
Robbin Robin Roma Ronnie Rory Rosario Rossie Rowan Rua Ruby Rylan Rylee Sabari Sacha Safari Sage
Sai Sam Sammie Sandi Sandy Santana Santos Sasha Saša Selvi Senna Serda Seyran Shane Shannon
Shanon Sharon Shay Shea Shelby Shelley Shellie Shelly Sheridan Sherrill Shida Shirley Sidney
Sifa Siku Simone Skylar Skyler Sol Stacey Stacy Stephanie Stevie Susie Tai Tayler Taylor Teagan
Tegan Tenzin Terry Thalente Tiare Tine Tisa Toby Tommie Toni Tracey Tracy Trinidad Trinity
Tristan Tristen Tufani Turan Tyler Ufukay Uli Unknown Uzima Uğur Val Valentine Valeri Vega Vera
Verna Verne Vernell Vernie Virgie Vivian Vivien Vlasta Von Wally Wamwema Wendelin Whitney Willie
Winfred Winifred Winnie Yael Yalın Yaqub Yaşar Yohana Yuri Zane Zion Öncel Ünsever Şendoğan
"""


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Map a first name to "m", "f" or "" (either); built on first use, not at import."""
    genders = dict.fromkeys(_UNISEX.split(), "")
    genders.update(dict.fromkeys(_MALE.split(), "m"))
    genders.update(dict.fromkeys(_FEMALE.split(), "f"))
    return genders


def _build() -> None:  # pragma: no cover - development helper
    """How the lists were made (run with Faker's wheel unpacked on ``sys.path``)::

        import collections, importlib, pkgutil
        import faker.providers.person as P
        male, female = collections.Counter(), collections.Counter()
        for mod in pkgutil.iter_modules(P.__path__):
            prov = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
            for attr, bag in (("first_names_male", male), ("first_names_female", female)):
                bag.update(getattr(prov, attr, None) or [])
        ok = lambda n: n.isalpha() and n[0].isupper() and len(n) > 1 and max(map(ord, n)) < 0x250
        m, f = {n for n in male if ok(n)}, {n for n in female if ok(n)}
        unisex, m, f = m & f, m - f, f - m
        # then drop from all three: the names in tui/annotate/data/countries.txt and a hand
        # list of place/title/month/compass words (North, General, May, Georgia, Paris, ...)
    """
